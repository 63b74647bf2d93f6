import { dictionary } from '@/i18n/site'
import { parseEventFilters } from '@/lib/eventFilters'
import { defaultLocale, isLocale } from '@/lib/locales'
import { calendarResponse } from '../../../data/calendarFeed'
import { feedEvents } from '../../../data/events'
import { siteForHost, siteOrigin } from '../../../data/sites'

/**
 * A feed holds the events of the first this many occurrences the filters find (a year of a busy
 * region's calendar), each event once, a series with its whole rule.
 */
const FEED_OCCURRENCES = 2000

/** `/events.ics?municipality=236…`: the calendar's filters as a subscribable iCalendar feed. */
export async function GET(request: Request, { params }: { params: Promise<{ host: string; locale: string }> }) {
  const { host, locale: raw } = await params
  const locale = isLocale(raw) ? raw : defaultLocale
  const site = await siteForHost(decodeURIComponent(host))
  if (!site) return new Response('Not found', { status: 404 })
  const { filters, problems } = parseEventFilters(new URL(request.url).searchParams, new Date())
  if (problems.length > 0) {
    const t = dictionary(locale)
    const text = problems
      .map((p) => t.problem[p.problem].replace('{param}', new URL(request.url).searchParams.get(p.param) ?? ''))
      .join('\n')
    return new Response(`${text}\n`, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  return calendarResponse(
    site,
    locale,
    siteOrigin(site),
    await feedEvents(site.id, locale, filters, FEED_OCCURRENCES),
    'events.ics',
    request,
  )
}
