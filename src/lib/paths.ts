import { defaultLocale, isLocale, type Locale } from './locales'

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
