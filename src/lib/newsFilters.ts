import type { NewsKind } from './news'

/** The kinds as a news list's `kind` parameter writes them. */
const kindParams: Record<string, NewsKind> = { news: 'news', 'press-release': 'pressRelease', blog: 'blog' }
export const kindParam: Record<NewsKind, string> = { news: 'news', pressRelease: 'press-release', blog: 'blog' }

export type NewsFilters = { kind?: NewsKind; topic?: number; page: number }

const MAX_PAGE = 10_000

/**
 * A news list's filters from its query string (`kind=blog&topic=12&page=2`); a value that is not
 * one of them is left out, as are unknown parameters. The press releases' own list has its kind.
 */
export function parseNewsFilters(query: URLSearchParams, pressReleases = false): NewsFilters {
  const filters: NewsFilters = { page: 1 }
  const kind = query.get('kind')
  if (pressReleases) filters.kind = 'pressRelease'
  else if (kind && Object.hasOwn(kindParams, kind)) filters.kind = kindParams[kind]
  const topic = query.get('topic')
  if (topic && /^\d{1,9}$/.test(topic)) filters.topic = Number(topic)
  const page = query.get('page')
  if (page && /^\d{1,5}$/.test(page) && Number(page) >= 1 && Number(page) <= MAX_PAGE) filters.page = Number(page)
  return filters
}

/**
 * The query string of a list's filters in one order (kind, topic, page), without the defaults: the
 * proxy makes a path segment of it, so one list is cached once however its address was written.
 * The press releases' list never names its kind.
 */
export function newsQuery(filters: NewsFilters, pressReleases = false): string {
  const query = new URLSearchParams()
  if (filters.kind && !pressReleases) query.set('kind', kindParam[filters.kind])
  if (filters.topic) query.set('topic', String(filters.topic))
  if (filters.page > 1) query.set('page', String(filters.page))
  const text = query.toString()
  return text ? `?${text}` : ''
}
