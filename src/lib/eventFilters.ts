import { helsinkiDate, helsinkiToday, helsinkiWeekend, type Range } from './time'

export const audiences = ['children', 'youth', 'adults', 'seniors', 'families'] as const
export type Audience = (typeof audiences)[number]

/** What a visitor asked the calendar for, read from the URL. */
export type EventFilters = {
  when: 'upcoming' | 'today' | 'weekend' | 'range'
  range: Range | undefined
  municipality?: string
  topic?: string
  audience?: Audience
  freeOnly: boolean
  text?: string
  page: number
}

/** A parameter the visitor (or a link) got wrong: shown as a message, and the filter is left out. */
export type FilterProblem = {
  param: string
  problem: 'date' | 'range' | 'municipality' | 'topic' | 'audience' | 'page' | 'text'
}

const single = (params: URLSearchParams, name: string) => params.get(name)?.trim() || undefined

/**
 * Reads the calendar's query parameters. Unknown parameters are ignored; a malformed known one
 * is reported and dropped, so a mistyped link still shows a calendar, never an error page.
 */
export function parseEventFilters(
  params: URLSearchParams,
  now: Date,
): { filters: EventFilters; problems: FilterProblem[] } {
  const problems: FilterProblem[] = []
  const filters: EventFilters = { when: 'upcoming', range: undefined, freeOnly: params.get('free') === '1', page: 1 }

  const when = single(params, 'when')
  const from = single(params, 'from')
  const to = single(params, 'to')
  if (when === 'today') filters.range = helsinkiToday(now)
  else if (when === 'weekend') filters.range = helsinkiWeekend(now)
  if (when === 'today' || when === 'weekend') filters.when = when
  else if (from || to) {
    const start = from ? helsinkiDate(from, 'start') : helsinkiToday(now).from
    const end = to ? helsinkiDate(to, 'end') : undefined
    if ((from && !start) || (to && !end)) problems.push({ param: from && !start ? 'from' : 'to', problem: 'date' })
    else if (start && end && end < start) problems.push({ param: 'to', problem: 'range' })
    else if (start) {
      filters.when = 'range'
      filters.range = { from: start, to: end ?? new Date(8640000000000000) }
    }
  }

  const municipality = single(params, 'municipality')
  if (municipality) {
    if (/^\d{3}$/.test(municipality)) filters.municipality = municipality
    else problems.push({ param: 'municipality', problem: 'municipality' })
  }
  const topic = single(params, 'topic')
  if (topic) {
    if (/^yso:p\d+$/.test(topic)) filters.topic = topic
    else problems.push({ param: 'topic', problem: 'topic' })
  }
  const audience = single(params, 'audience')
  if (audience) {
    if ((audiences as readonly string[]).includes(audience)) filters.audience = audience as Audience
    else problems.push({ param: 'audience', problem: 'audience' })
  }
  const text = single(params, 'q')
  if (text) {
    if (text.length <= 100) filters.text = text
    else problems.push({ param: 'q', problem: 'text' })
  }
  const page = single(params, 'page')
  if (page) {
    const number = Number(page)
    if (Number.isInteger(number) && number >= 1 && number <= 1000) filters.page = number
    else problems.push({ param: 'page', problem: 'page' })
  }
  return { filters, problems }
}

/** The calendar's parameters, in the order every URL the site makes names them. */
const FILTER_PARAMS = ['when', 'from', 'to', 'municipality', 'topic', 'audience', 'free', 'q'] as const
/** Every query parameter that changes a calendar page (src/proxy.ts's matcher names each). */
export const CALENDAR_QUERY_PARAMS = [...FILTER_PARAMS, 'page'] as const

/** The query string of `filters` with one page number, for pagination links. */
export function filtersToQuery(params: URLSearchParams, page: number): string {
  const next = new URLSearchParams()
  for (const name of FILTER_PARAMS) {
    const value = params.get(name)
    if (value) next.set(name, value)
  }
  if (page > 1) next.set('page', String(page))
  const query = next.toString()
  return query ? `?${query}` : ''
}

/**
 * The calendar's parameters of a URL as they were sent (a malformed value too, so that the page
 * can name it), in one order and without unknown ones: equal requests get one cached page.
 */
export function canonicalFilterQuery(params: URLSearchParams): string {
  const next = new URLSearchParams()
  for (const name of CALENDAR_QUERY_PARAMS) {
    const value = params.get(name)
    if (value) next.set(name, value)
  }
  return next.toString()
}
