import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { isSerialId } from '@/lib/hostileInput'
import { RichText } from '@payloadcms/richtext-lexical/react'
import { dictionary } from '@/i18n/site'
import { eventJsonLd, serializeJsonLd } from '@/lib/jsonld'
import { defaultLocale, isLocale } from '@/lib/locales'
import { localePath } from '@/lib/paths'
import { occurrencesOf } from '@/lib/recurrence'
import { formatEventTime, helsinkiDay } from '@/lib/time'
import { getEvent } from '../../../../data/events'
import { requestContext } from '../../../../data/request'
import { siteForHost } from '../../../../data/sites'

type Props = {
  params: Promise<{ host: string; locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

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
  const { host, locale: raw, id } = await params
  const locale = isLocale(raw) ? raw : defaultLocale
  const site = await siteForHost(decodeURIComponent(host))
  if (!site || !isSerialId(id)) return { locale, event: undefined }
  return { locale, event: await getEvent(site.id, locale, Number(id)) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { event } = await load(params)
  return event ? { title: event.name, description: event.shortDescription } : {}
}

export default async function EventPage({ params, searchParams }: Props) {
  const { locale, event } = await load(params)
  if (!event) notFound()
  const t = dictionary(locale)
  const { origin } = await requestContext()
  const place = event.placeDetails
  const municipality = place && typeof place.municipality === 'object' ? place.municipality.name : undefined
  const url = `${origin}${localePath(locale, `/events/${event.id}`)}`
  // A series shows the occurrence a link asked for (`?occurrence=YYYY-MM-DD`), else its next one,
  // and lists the coming ones (at most 20).
  const all = occurrencesOf(
    new Date(event.startsAt),
    event.endsAt ? new Date(event.endsAt) : undefined,
    event.recurrence,
  )
  const asked = (await searchParams).occurrence
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
