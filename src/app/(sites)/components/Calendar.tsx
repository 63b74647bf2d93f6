import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { dictionary, fill } from '@/i18n/site'
import { filtersToQuery, parseEventFilters } from '@/lib/eventFilters'
import { defaultLocale, isLocale } from '@/lib/locales'
import { alternatesOf, eventPath, localePath } from '@/lib/paths'
import { formatEventTime } from '@/lib/time'
import { EventFiltersForm } from './EventFiltersForm'
import { Pagination } from './Pagination'
import { filterChoices, listEvents } from '../data/events'
import { siteForHost } from '../data/sites'

export type CalendarProps = { params: Promise<{ host: string; locale: string; query?: string }> }

export async function calendarMetadata({ params }: CalendarProps): Promise<Metadata> {
  const { locale: raw } = await params
  const locale = isLocale(raw) ? raw : defaultLocale
  return { title: dictionary(locale).events, alternates: alternatesOf(locale, '/events') }
}

/**
 * The calendar: `/events`, and with filters `/events?…`, which the proxy turns into
 * `/events/filter/<the query>` so that each filtered page is cached on its own.
 */
export async function Calendar({ params }: CalendarProps) {
  const { host, locale: raw, query: encoded } = await params
  const locale = isLocale(raw) ? raw : defaultLocale
  const site = await siteForHost(decodeURIComponent(host))
  if (!site) notFound()
  const t = dictionary(locale)
  const query = new URLSearchParams(encoded ? decodeURIComponent(encoded) : '')
  const { filters, problems } = parseEventFilters(query, new Date())
  const [{ events, total, more, pages }, choices] = await Promise.all([
    listEvents(site.id, locale, filters),
    filterChoices(locale),
  ])
  const base = localePath(locale, '/events')

  return (
    <>
      <h1>{t.events}</h1>
      <p>
        <a className="button-link" href={localePath(locale, '/events/new')}>
          {t.submit.link}
        </a>
      </p>
      {problems.length > 0 ? (
        <div className="notice" role="status">
          <ul>
            {problems.map((p) => (
              <li key={p.param}>{fill(t.problem[p.problem], { param: query.get(p.param) ?? '' })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <EventFiltersForm t={t} action={base} params={query} choices={choices} />
      <section aria-labelledby="results-heading" className="results">
        <h2 id="results-heading">{fill(more ? t.resultCountOver : t.resultCount, { count: total })}</h2>
        {events.length === 0 ? (
          <p>{t.noEvents}</p>
        ) : (
          <ol className="event-list">
            {events.map((event) => (
              <li key={event.key}>
                <article>
                  <h3>
                    <a href={eventPath(locale, event.id, event.occurrence)}>{event.name}</a>
                  </h3>
                  <p className="event-meta">
                    <time dateTime={event.startsAt}>
                      {formatEventTime(
                        new Date(event.startsAt),
                        event.endsAt ? new Date(event.endsAt) : undefined,
                        event.allDay,
                        locale,
                      )}
                    </time>
                    {event.place ? (
                      <span> · {[event.place.name, event.place.municipality].filter(Boolean).join(', ')}</span>
                    ) : null}
                    {event.online ? <span> · {t.online}</span> : null}
                    {event.isFree ? <span> · {t.free}</span> : event.price ? <span> · {event.price}</span> : null}
                  </p>
                  {event.status !== 'scheduled' ? (
                    <p className="badge">{event.status === 'cancelled' ? t.cancelled : t.postponed}</p>
                  ) : null}
                  <p>{event.shortDescription}</p>
                </article>
              </li>
            ))}
          </ol>
        )}
        <p>
          <a href={`${localePath(locale, '/events.ics')}${filtersToQuery(query, 1)}`}>{t.subscribe}</a>
        </p>
        <Pagination
          page={filters.page}
          pages={pages}
          pageLink={(page) => `${base}${filtersToQuery(query, page)}`}
          status={fill(more ? t.pageOfMany : t.pageOf, { page: filters.page, pages })}
          labels={t}
        />
      </section>
    </>
  )
}
