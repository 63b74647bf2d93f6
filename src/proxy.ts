import { NextResponse, type NextRequest } from 'next/server'
import { dictionary } from './i18n/site'
import { preferredLocale } from './lib/acceptLanguage'
import { servesCmsPath } from './lib/cmsHost'
import { hostnameOf, splitLocale } from './lib/paths'

const ADMIN_LANGUAGE_COOKIE = 'payload-lng'
/** Below Next's own 1 MB limit for server actions. */
const MAX_POST_BYTES = 512 * 1024

/**
 * The admin's language: Payload reads it from the `payload-lng` cookie, which an editor's own
 * choice in the account view sets. Until then the browser's languages decide, Finnish first.
 */
function adminLanguage(request: NextRequest) {
  if (request.cookies.has(ADMIN_LANGUAGE_COOKIE)) return NextResponse.next()
  const language = preferredLocale(request.headers.get('accept-language'))
  request.cookies.set(ADMIN_LANGUAGE_COOKIE, language)
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(ADMIN_LANGUAGE_COOKIE, language, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

/**
 * Public pages: the host name picks the site and the first path segment the language. The
 * request is rewritten to `app/(sites)/[host]/[locale]/…`, so every page gets both as params.
 * The API and Next's own files are left alone (see `config.matcher`); the admin only gets its language.
 */
export function proxy(request: NextRequest) {
  // With ADMIN_HOST set, /admin on a public host is a path the site does not have: its own 404.
  const admin = request.nextUrl.pathname.startsWith('/admin')
  if (admin && servesCmsPath(request.nextUrl.pathname, request.headers.get('host'), process.env.ADMIN_HOST))
    return adminLanguage(request)
  const { locale, rest, explicitDefault } = splitLocale(request.nextUrl.pathname)
  // The public pages take posts only from the event form, whose inputs cap what a browser sends.
  // Anything larger is refused here with a message, rather than failing inside Next.
  if (request.method === 'POST' && Number(request.headers.get('content-length')) > MAX_POST_BYTES)
    return new NextResponse(dictionary(locale).submit.tooLarge, {
      status: 413,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  if (explicitDefault) {
    const url = request.nextUrl.clone()
    url.pathname = rest
    return NextResponse.redirect(url, 308)
  }
  const host = hostnameOf(request.headers.get('host'))
  const url = new URL(
    `/${encodeURIComponent(host)}/${locale}${rest === '/' ? '' : rest}${request.nextUrl.search}`,
    request.url,
  )
  const headers = new Headers(request.headers)
  headers.set('x-seutu-locale', locale)
  headers.set('x-seutu-host', host)
  headers.set('x-seutu-path', rest)
  return NextResponse.rewrite(url, { request: { headers } })
}

export const config = {
  matcher: ['/((?!api|_next|favicon\\.ico).*)'],
}
