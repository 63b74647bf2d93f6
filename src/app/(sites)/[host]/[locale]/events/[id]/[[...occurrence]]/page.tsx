import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { isSerialId } from '@/lib/hostileInput'
import { RichText } from '@payloadcms/richtext-lexical/react'
import { dictionary } from '@/i18n/site'
import { eventJsonLd, serializeJsonLd } from '@/lib/jsonld'
import { defaultLocale, isLocale } from '@/lib/locales'
import { alternatesOf, localePath } from '@/lib/paths'
import { occurrencesOf } from '@/lib/recurrence'
import { formatEventTime, helsinkiDay } from '@/lib/time'
import { getEvent } from '../../../../../data/events'
import { siteForHost, siteOrigin } from '../../../../../data/sites'

/**
 * `/events/<id>`, and `/events/<id>?occurrence=YYYY-MM-DD` for one date of a series, which the
 * proxy turns into `/events/<id>/<day>` so that the page is cached per date shown.
 */
type Props = { params: Promise<{ host: string; locale: string; id: string; occurrence?: string[] }> }

export const generateStaticParams = (): { id: string }[] => []

/** A row of the event's facts that is a link, shown only when the event has it. */
function Fact({ term, link }: { term: string; link?: string | null }) {
  if (!link) return null
  return (
    <>
      <dt>{term}</dt>
      <dd>
        <a href={link}>{link}</a>
      </dd>
    </>
  )
}

async function load(params: Props['params']) {
  const { host, locale: raw, id, occurrence } = await params
  const locale = isLocale(raw) ? raw : defaultLocale
  const site = await siteForHost(decodeURIComponent(host))
  // One day at most: anything longer is a path no page has.
  if (!site || !isSerialId(id) || (occurrence?.length ?? 0) > 1)
    return { locale, event: undefined, site, asked: undefined }
  return { locale, event: await getEvent(site.id, locale, Number(id)), site, asked: occurrence?.[0] }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { event, locale } = await load(params)
  return event
    ? {
        title: event.name,
        description: event.shortDescription,
        alternates: alternatesOf(locale, `/events/${event.id}`),
      }
    : {}
}

export default async function EventPage({ params }: Props) {
  const { locale, event, site, asked } = await load(params)
  if (!event || !site) notFound()
  const t = dictionary(locale)
  const place = event.placeDetails
  const municipality = place && typeof place.municipality === 'object' ? place.municipality.name : undefined
  const url = `${siteOrigin(site)}${localePath(locale, `/events/${event.id}`)}`
  // A series shows the occurrence a link asked for (`?occurrence=YYYY-MM-DD`), else its next one,
  // and lists the coming ones (at most 20).
  const all = occurrencesOf(
    new Date(event.startsAt),
    event.endsAt ? new Date(event.endsAt) : undefined,
    event.recurrence,
  )
  const now = Date.now()
  const coming = all.filter((o) => (o.end ?? o.start).getTime() >= now)
  const shown = all.find((o) => helsinkiDay(o.start) === asked) ?? coming[0] ?? all[0]
  const occurrences = coming.slice(0, 20)
  const jsonLd = eventJsonLd({
    name: event.name,
    description: event.shortDescription,
    url,
    startsAt: shown.start.toISOString(),
    endsAt: shown.end?.toISOString(),
    status: event.status,
    place: place
      ? { name: place.name ?? '', streetAddress: place.streetAddress, postcode: place.postcode, locality: municipality }
      : undefined,
    onlineUrl: event.doc.onlineUrl,
    organiser: event.organiser ?? undefined,
    isFree: event.isFree,
    price: event.price,
    inLanguage: locale,
  })

  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
      <p>
        <a href={localePath(locale, '/events')}>← {t.backToEvents}</a>
      </p>
      <h1>{event.name}</h1>
      {event.status !== 'scheduled' ? (
        <p className="badge">{event.status === 'cancelled' ? t.cancelled : t.postponed}</p>
      ) : null}
      <p className="lead">{event.shortDescription}</p>
      <dl className="event-facts">
        <dt>{t.when}</dt>
        <dd>
          <time dateTime={shown.start.toISOString()}>
            {formatEventTime(shown.start, shown.end, event.allDay, locale)}
          </time>
        </dd>
        {place ? (
          <>
            <dt>{t.place}</dt>
            <dd>
              {[place.name, place.streetAddress, [place.postcode, municipality].filter(Boolean).join(' ')]
                .filter(Boolean)
                .join(', ')}
            </dd>
          </>
        ) : null}
        <Fact term={t.online} link={event.doc.onlineUrl} />
        {event.organiser ? (
          <>
            <dt>{t.organiser}</dt>
            <dd>{event.organiser}</dd>
          </>
        ) : null}
        <dt>{t.price}</dt>
        <dd>{event.isFree ? t.free : (event.price ?? '–')}</dd>
        <Fact term={t.tickets} link={event.doc.ticketUrl} />
        <Fact term={t.registration} link={event.doc.registrationUrl} />
      </dl>
      {occurrences.length > 1 ? (
        <section aria-labelledby="occurrences-heading">
          <h2 id="occurrences-heading">{t.occurrences}</h2>
          <ul>
            {occurrences.map((o) => (
              <li key={o.start.toISOString()} aria-current={o === shown ? 'date' : undefined}>
                <time dateTime={o.start.toISOString()}>{formatEventTime(o.start, o.end, event.allDay, locale)}</time>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {event.doc.description ? <RichText data={event.doc.description} /> : null}
      <p>
        <a href={localePath(locale, `/events/${event.id}/event.ics`)} download>
          {t.addToCalendar}
        </a>
      </p>
    </article>
  )
}
