import { defaultLocale, isLocale, locales, type Locale } from './locales'

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
