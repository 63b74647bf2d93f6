import { NextResponse, type NextRequest } from 'next/server'
import { hostnameOf, splitLocale } from './lib/paths'

/**
 * Public pages: the host name picks the site and the first path segment the language. The
 * request is rewritten to `app/(sites)/[host]/[locale]/…`, so every page gets both as params.
 * The admin, the API and Next's own files are left alone (see `config.matcher`).
 */
export function proxy(request: NextRequest) {
  const { locale, rest, explicitDefault } = splitLocale(request.nextUrl.pathname)
  if (explicitDefault) {
    const url = request.nextUrl.clone()
    url.pathname = rest
    return NextResponse.redirect(url, 308)
  }
  const host = hostnameOf(request.headers.get('host'))
  const url = request.nextUrl.clone()
  url.pathname = `/${encodeURIComponent(host)}/${locale}${rest === '/' ? '' : rest}`
  const headers = new Headers(request.headers)
  headers.set('x-seutu-locale', locale)
  headers.set('x-seutu-host', host)
  headers.set('x-seutu-path', rest)
  return NextResponse.rewrite(url, { request: { headers } })
}

export const config = {
  matcher: ['/((?!admin|api|_next|favicon\\.ico).*)'],
}
