import { defaultLocale, isLocale, locales, type Locale } from './locales'
import { aliasSections, localisedRoutes, pageSegments, sectionSegments } from './localisedPaths.mjs'
import type { NewsKind } from './news'

export { pageSegments, sectionSegments }
export type Section = keyof typeof sectionSegments

const routes = localisedRoutes()

/** Whether `path` is `prefix` or below it, segment by segment. */
const within = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`)

/**
 * A route's path below the language (`/events/12`, as the app's folders name it) as the visitor
 * sees it in `locale` (`/tapahtumat/12`): the section's and pages' words from the table in
 * src/lib/localisedPaths.mjs. Paths the table does not name stay as they are.
 */
export function publicRoutePath(locale: Locale, route: string): string {
  const [pathname, query] = splitQuery(route)
  const entry = routes.find((candidate) => within(pathname, candidate.route))
  const translated = entry ? `${entry.public[locale]}${pathname.slice(entry.route.length)}` : pathname
  return `${translated}${query}`
}

/** The route of a public path below the language (`/sv/evenemang/12` → `/events/12`); others stay as they are. */
export function routeOfPublicPath(locale: Locale, path: string): string {
  const entry = [...routes]
    .sort((a, b) => b.public[locale].length - a.public[locale].length)
    .find((candidate) => within(path, candidate.public[locale]))
  return entry ? `${entry.route}${path.slice(entry.public[locale].length)}` : path
}

function splitQuery(path: string): [string, string] {
  const at = path.indexOf('?')
  return at < 0 ? [path, ''] : [path.slice(0, at), path.slice(at)]
}

/**
 * The public URL path of a route in `locale`: Finnish at the root, Swedish and English under /sv
 * and /en, the section words in the language (`localePath('sv', '/events')` is `/sv/evenemang`).
 */
export function localePath(locale: Locale, path = '/'): string {
  const clean = publicRoutePath(locale, `/${path.replace(/^\/+/, '')}`)
  if (locale === defaultLocale) return clean
  return clean === '/' ? `/${locale}` : `/${locale}${clean}`
}

/** An event page; with the Helsinki day (`YYYY-MM-DD`) of one of its occurrences, that one is shown. */
export function eventPath(locale: Locale, id: number, occurrence?: string): string {
  return localePath(locale, `/events/${id}${occurrence ? `?occurrence=${occurrence}` : ''}`)
}

const pressReleaseWords = aliasSections.pressReleases.words

/** `path` (a public path below the language) under the language's prefix: `/sv…`, `/en…`, Finnish at the root. */
function underLocale(locale: Locale, path: string): string {
  return locale === defaultLocale ? path : `/${locale}${path}`
}

/** A news item's page: press releases under their own words (`/tiedotteet/<slug>`), the rest under `/uutiset/<slug>`. */
export function newsPath(locale: Locale, slug: string, kind: NewsKind = 'news'): string {
  if (kind === 'pressRelease') return underLocale(locale, `/${pressReleaseWords[locale]}/${slug}`)
  return localePath(locale, `/news/${slug}`)
}

/** The news list, or the press releases' own list (`/tiedotteet`), with a query string of filters. */
export function newsListPath(locale: Locale, pressReleases = false, query = ''): string {
  return `${pressReleases ? underLocale(locale, `/${pressReleaseWords[locale]}`) : localePath(locale, '/news')}${query}`
}

/** A feed of a site's news in one language. */
export function newsFeedPath(locale: Locale, format: 'rss' | 'atom'): string {
  return localePath(locale, `/news/${format}.xml`)
}

/**
 * Which news list a public path below the language is (`/uutiset`, `/sv/pressmeddelanden`, …):
 * what the proxy needs to turn its query string into a path segment.
 */
export function newsListOf(locale: Locale, rest: string): 'news' | 'pressReleases' | undefined {
  if (rest === `/${sectionSegments.news[locale]}`) return 'news'
  if (rest === `/${pressReleaseWords[locale]}`) return 'pressReleases'
  return undefined
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
 * The route path of a page (`localePath` makes the address of it in a language) from its route
 * segments below the language (as Next's `useSelectedLayoutSegments` gives them): the internal
 * segments that the proxy made of a query string (`events/filter/<query>`, `events/<id>/<day>`)
 * belong to the page they were asked of.
 */
export function routePathOf(segments: string[]): string {
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
