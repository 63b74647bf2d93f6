import { dictionary } from '@/i18n/site'
import { defaultLocale, isLocale } from '@/lib/locales'
import type { Metadata } from 'next'
import { alternatesOf, eventPath, localePath, newsListPath } from '@/lib/paths'
import { formatEventTime } from '@/lib/time'
import { NewsCards } from '../../components/NewsCards'
import { nextEvents } from '../../data/events'
import { latestNews } from '../../data/news'
import { memberMunicipalities } from '../../data/municipalities'
import { siteForHost } from '../../data/sites'

type Props = { params: Promise<{ host: string; locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { alternates: alternatesOf(isLocale(locale) ? locale : defaultLocale, '/') }
}

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
  const [municipalities, upcoming, news] = await Promise.all([
    memberMunicipalities(locale),
    nextEvents(site.id, locale, 3),
    latestNews(site.id, locale, 3),
  ])
  return (
    <>
      <section className="hero">
        <h1>{site.name[locale]}</h1>
        {site.tagline[locale] ? <p className="lead">{site.tagline[locale]}</p> : null}
      </section>
      {news.length > 0 ? (
        <section aria-labelledby="news-heading">
          <h2 id="news-heading">{t.news.latest}</h2>
          <NewsCards items={news} locale={locale} t={t} />
          <p>
            <a href={newsListPath(locale)}>{t.news.all}</a>
          </p>
        </section>
      ) : null}
      {upcoming.length > 0 ? (
        <section aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading">{t.upcomingEvents}</h2>
          <ul className="event-teasers">
            {upcoming.map((event) => (
              <li key={event.key}>
                <a href={eventPath(locale, event.id, event.occurrence)}>{event.name}</a>{' '}
                <time dateTime={event.startsAt}>
                  {formatEventTime(
                    new Date(event.startsAt),
                    event.endsAt ? new Date(event.endsAt) : undefined,
                    event.allDay,
                    locale,
                  )}
                </time>
                {event.status !== 'scheduled' ? (
                  <strong> · {event.status === 'cancelled' ? t.cancelled : t.postponed}</strong>
                ) : null}
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
