import { defaultLocale, isLocale, locales, type Locale } from './locales'
import type { NewsKind } from './news'
import { sectionSegments } from './sectionSegments.mjs'

export { sectionSegments }

/** The public URL path of `path` in `locale`: Finnish at the root, Swedish and English under /sv and /en. */
export function localePath(locale: Locale, path = '/'): string {
  const clean = `/${path.replace(/^\/+/, '')}`
  if (locale === defaultLocale) return clean
  return clean === '/' ? `/${locale}` : `/${locale}${clean}`
}

/** An event page; with the Helsinki day (`YYYY-MM-DD`) of one of its occurrences, that one is shown. */
export function eventPath(locale: Locale, id: number, occurrence?: string): string {
  return localePath(locale, `/events/${id}${occurrence ? `?occurrence=${occurrence}` : ''}`)
}

/** A news item's page: press releases under their own segment (`/tiedotteet/<slug>`), the rest under `/uutiset/<slug>`. */
export function newsPath(locale: Locale, slug: string, kind: NewsKind = 'news'): string {
  const section = kind === 'pressRelease' ? sectionSegments.pressReleases : sectionSegments.news
  return localePath(locale, `/${section[locale]}/${slug}`)
}

/** The news list, or the press releases' own list (`/tiedotteet`), with a query string of filters. */
export function newsListPath(locale: Locale, pressReleases = false, query = ''): string {
  const section = pressReleases ? sectionSegments.pressReleases : sectionSegments.news
  return `${localePath(locale, `/${section[locale]}`)}${query}`
}

/** A feed of a site's news in one language. */
export function newsFeedPath(locale: Locale, format: 'rss' | 'atom'): string {
  return localePath(locale, `/${sectionSegments.news[locale]}/${format}.xml`)
}

/**
 * Which news list a public path below the language is (`/uutiset`, `/sv/pressmeddelanden`, …):
 * what the proxy needs to turn its query string into a path segment.
 */
export function newsListOf(locale: Locale, rest: string): 'news' | 'pressReleases' | undefined {
  if (rest === `/${sectionSegments.news[locale]}`) return 'news'
  if (rest === `/${sectionSegments.pressReleases[locale]}`) return 'pressReleases'
  return undefined
}

/**
 * An internal path (`/news/<slug>`, as publicPathOf gives it) as the visitor sees it in `locale`:
 * the section's segment in that language (`/sv/nyheter/<slug>`). An article's slug is kept: its
 * page answers any language's slug with a 308 to its own.
 */
export function localisedPath(locale: Locale, path: string): string {
  const [first, ...rest] = path.split('/').filter(Boolean)
  if (first === 'news') return localePath(locale, `/${[sectionSegments.news[locale], ...rest].join('/')}`)
  return localePath(locale, path)
}

/** Splits a public URL path into its language and the rest; `/fi/…` is reported so it can be redirected. */
export function splitLocale(pathname: string): { locale: Locale; rest: string; explicitDefault: boolean } {
  const segments = pathname.split('/').filter(Boolean)
  const first = segments[0]
  if (isLocale(first))
    return { locale: first, rest: `/${segments.slice(1).join('/')}`, explicitDefault: first === defaultLocale }
  return { locale: defaultLocale, rest: `/${segments.join('/')}`, explicitDefault: false }
}

/** The host name of a request without its port, lower-cased. */
export function hostnameOf(hostHeader: string | null | undefined): string {
  const host = (hostHeader ?? '').trim().toLowerCase()
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1)
  return host.split(':')[0] || 'localhost'
}

/**
 * The public path of a page from its route segments below the language (as Next's
 * `useSelectedLayoutSegments` gives them): the internal segments that the proxy made of a query
 * string (`events/filter/<query>`, `events/<id>/<day>`) belong to the page they were asked of.
 */
export function publicPathOf(segments: string[]): string {
  const parts = segments.filter((segment) => !segment.startsWith('__') && !segment.startsWith('('))
  if (parts[0] === 'events' && parts[1] === 'filter') return '/events'
  if (parts[0] === 'events' && /^\d+$/.test(parts[1] ?? '')) return `/events/${parts[1]}`
  if (parts[0] === 'news' && parts[1] === 'filter') return '/news'
  return `/${parts.join('/')}`
}

/** A page's canonical URL path and its language versions, for `<link rel="alternate">`. */
export function alternatesOf(locale: Locale, path: string) {
  return {
    canonical: localePath(locale, path),
    languages: {
      ...Object.fromEntries(locales.map((code) => [code, localePath(code, path)])),
      'x-default': localePath(defaultLocale, path),
    },
  }
}
