import { dictionary } from '@/i18n/site'
import { defaultLocale, isLocale } from '@/lib/locales'
import { localePath } from '@/lib/paths'
import { formatEventTime } from '@/lib/time'
import { listEvents } from '../../data/events'
import { memberMunicipalities } from '../../data/municipalities'
import { siteForHost } from '../../data/sites'

type Props = { params: Promise<{ host: string; locale: string }> }

export default async function FrontPage({ params }: Props) {
  const { host, locale: raw } = await params
  const locale = isLocale(raw) ? raw : defaultLocale
  const t = dictionary(locale)
  const site = await siteForHost(decodeURIComponent(host))
  if (!site)
    return (
      <section className="hero">
        <h1>{t.noSiteTitle}</h1>
        <p>{t.noSiteText}</p>
      </section>
    )
  const [municipalities, upcoming] = await Promise.all([
    memberMunicipalities(locale),
    listEvents(site.id, locale, { when: 'upcoming', range: undefined, freeOnly: false, page: 1 }, 3),
  ])
  return (
    <>
      <section className="hero">
        <h1>{site.name[locale]}</h1>
        {site.tagline[locale] ? <p className="lead">{site.tagline[locale]}</p> : null}
      </section>
      {upcoming.events.length > 0 ? (
        <section aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading">{t.upcomingEvents}</h2>
          <ul className="event-teasers">
            {upcoming.events.map((event) => (
              <li key={event.id}>
                <a href={localePath(locale, `/events/${event.id}`)}>{event.name}</a>{' '}
                <time dateTime={event.startsAt}>{formatEventTime(new Date(event.startsAt), event.endsAt ? new Date(event.endsAt) : undefined, event.allDay, locale)}</time>
                {event.status !== 'scheduled' ? <strong> · {event.status === 'cancelled' ? t.cancelled : t.postponed}</strong> : null}
              </li>
            ))}
          </ul>
          <p>
            <a href={localePath(locale, '/events')}>{t.backToEvents}</a>
          </p>
        </section>
      ) : null}
      {municipalities.length > 0 ? (
        <section aria-labelledby="municipalities-heading">
          <h2 id="municipalities-heading">{t.municipalitiesHeading}</h2>
          <ul className="chips">
            {municipalities.map((m) => (
              <li key={m.code}>{m.name}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
