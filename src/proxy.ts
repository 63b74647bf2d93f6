import { NextResponse, type NextRequest } from 'next/server'
import { dictionary } from './i18n/site'
import { preferredLocale } from './lib/acceptLanguage'
import { urlProblem } from './lib/hostileInput'
import { servesCmsPath } from './lib/cmsHost'
import { canonicalFilterQuery } from './lib/eventFilters'
import { isLocale, type Locale } from './lib/locales'
import { newsQuery, parseNewsFilters } from './lib/newsFilters'
import { hostnameOf, newsListOf, routeOfPublicPath, splitLocale } from './lib/paths'
import { PUBLIC_PAGE_CACHE } from './server/pageCacheHeaders.mjs'

const ADMIN_LANGUAGE_COOKIE = 'payload-lng'
/** Below Next's own 1 MB limit for server actions. */
const MAX_POST_BYTES = 512 * 1024
const EVENT_PAGE = /^\/events\/\d+$/
const DAY = /^\d{4}-\d{2}-\d{2}$/

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

/** Addresses served with their trailing slash, as Linked Events documents them. */
const TRAILING_SLASH_KEPT = '/api/linked-events/'

/**
 * What Next's trailing-slash redirect did before it was turned off for the Linked Events API
 * (next.config.mjs): `/events/` → 308 `/events`, for every other address.
 */
function withoutTrailingSlash(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (pathname === '/' || !pathname.endsWith('/') || pathname.startsWith(TRAILING_SLASH_KEPT)) return undefined
  // A plain URL: NextURL keeps a trailing slash it was parsed with, whatever the pathname is set to.
  const url = new URL(request.url)
  url.pathname = pathname.replace(/\/+$/, '') || '/'
  return NextResponse.redirect(url, 308)
}

/** Paths with no language in them: the admin, the API and Next's own files. */
const CMS_OR_NEXT = /^\/(api|admin|_next)(\/|$)/
const API_OR_NEXT = /^\/(api|_next)\//

/** The language of a refusal: the path's on the public sites, else the admin's (cookie, browser). */
function refusalLanguage(request: NextRequest, pathname: string) {
  if (!CMS_OR_NEXT.test(pathname)) return splitLocale(pathname).locale
  const chosen = request.cookies.get(ADMIN_LANGUAGE_COOKIE)?.value
  return isLocale(chosen) ? chosen : preferredLocale(request.headers.get('accept-language'))
}

const refusal = (status: number, text: string) =>
  new NextResponse(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** Next refuses a server action posted from another origin by throwing (a 500); say it instead. */
function crossOrigin(request: NextRequest): boolean {
  const origin = request.headers.get('origin')
  if (!origin) return false
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  try {
    return new URL(origin).host !== host
  } catch {
    return true
  }
}

/** Request headers that next.config.mjs's rewrites turn into path segments; only the proxy sets them. */
const FILTER_HEADER = 'x-seutu-filter'
/** Marks `/admin` asked on a public host (with ADMIN_HOST set): rewritten to the site's own 404. */
const PUBLIC_ADMIN_HEADER = 'x-seutu-public-admin'
const DAY_HEADER = 'x-seutu-day'

/**
 * A page can only be cached whole if it depends on its path alone, so the query strings that
 * change a page become path segments: the calendar's filters (in one canonical order, unknown
 * parameters dropped) and the day of a series an event link asks for. The proxy only names them
 * in request headers; next.config.mjs's rewrites put them into the path. The proxy does not
 * rewrite itself: its rewrites are sent to the browser (`x-middleware-rewrite`) and depend on the
 * address the server is bound to.
 */
function querySegments(locale: Locale, rest: string, query: URLSearchParams, headers: Headers) {
  headers.delete(FILTER_HEADER)
  headers.delete(PUBLIC_ADMIN_HEADER)
  headers.delete(DAY_HEADER)
  const route = routeOfPublicPath(locale, rest)
  // A news list's filters; the press releases' list is the news list of that kind.
  const newsList = newsListOf(locale, rest)
  const canonical = newsList
    ? newsQuery(parseNewsFilters(query, newsList === 'pressReleases')).slice(1)
    : route === '/events'
      ? canonicalFilterQuery(query)
      : ''
  if (canonical) headers.set(FILTER_HEADER, encodeURIComponent(canonical))
  const day = query.get('occurrence')
  if (EVENT_PAGE.test(route) && day && DAY.test(day)) headers.set(DAY_HEADER, day)
}

/**
 * Public pages: the host name and the first path segment become the site and the language
 * through next.config.mjs's rewrites, which also say who may cache the answer
 * (src/server/pageCacheHeaders.mjs). Here: the admin's language, the size of posts, `/fi/…` to
 * the root, and query strings that change a page for the rewrites.
 * The API and Next's own files are left alone (see `config.matcher`).
 */
export function proxy(request: NextRequest) {
  // Every address passes here first: one that cannot be decoded, or that carries a NUL byte
  // PostgreSQL cannot search for, is answered before any page, route or Next itself parses it.
  const { pathname, search } = new URL(request.url)
  const problem = urlProblem(pathname, search)
  if (problem) {
    const t = dictionary(refusalLanguage(request, pathname))
    return refusal(400, problem === 'nul' ? t.badAddressNul : t.badAddress)
  }
  const redirect = withoutTrailingSlash(request)
  if (redirect) return redirect
  // The API and Next's files come here only for a trailing slash or a %-escape (see `config.matcher`).
  if (API_OR_NEXT.test(pathname)) return NextResponse.next()
  // With ADMIN_HOST set, /admin on a public host is a path the site does not have: its own 404.
  const admin = request.nextUrl.pathname.startsWith('/admin')
  if (admin) {
    if (servesCmsPath(request.nextUrl.pathname, request.headers.get('host'), process.env.ADMIN_HOST))
      return adminLanguage(request)
    const headers = new Headers(request.headers)
    headers.set(PUBLIC_ADMIN_HEADER, '1')
    return NextResponse.next({ headers: { 'Cache-Control': PUBLIC_PAGE_CACHE }, request: { headers } })
  }
  const { locale, rest, explicitDefault } = splitLocale(request.nextUrl.pathname)
  const t = dictionary(locale)
  // The public pages take posts only from the event form, whose inputs cap what a browser sends.
  // Anything larger is refused here with a message, rather than failing inside Next.
  if (request.method === 'POST') {
    if (crossOrigin(request)) return refusal(403, t.submit.crossOrigin)
    // A chunked post has no Content-Length to check, and Next would read it all and fail (a 500).
    // Browsers send the length for every form post, so a post without one is a script's.
    const length = request.headers.get('content-length')
    if (length === null) return refusal(411, t.submit.lengthRequired)
    if (Number(length) > MAX_POST_BYTES) return refusal(413, t.submit.tooLarge)
  }
  if (explicitDefault) {
    const url = request.nextUrl.clone()
    url.pathname = rest
    return NextResponse.redirect(url, 308)
  }
  // For the event form's server action, which has no route params (pages never read these).
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-seutu-locale', locale)
  requestHeaders.set('x-seutu-host', hostnameOf(request.headers.get('host')))
  requestHeaders.set('x-seutu-path', rest)
  querySegments(locale, rest, request.nextUrl.searchParams, requestHeaders)
  return NextResponse.next({ request: { headers: requestHeaders } })
}

/**
 * Where the proxy runs. Next runs a proxy on every request its matcher lets through, and on a page
 * served from the full-route cache that costs more than the rest of the answer (a Request object,
 * abort signals, the bundle's own work: the benchmark's control shows it). So the clean addresses
 * that make most of the traffic — the front page, the calendar and an event page, without a query
 * string or a body — bypass it: they need nothing from it, their Cache-Control comes from
 * next.config.mjs (src/server/pageCacheHeaders.mjs), and a path of digits and words cannot be
 * malformed. Everything else still passes here: the first entry is every path except those (and
 * the API and Next's files); the others bring the clean addresses back when there is something to
 * do — a body (every post carries a Content-Type; a server action also its Next-Action header), a
 * calendar filter (one entry per parameter of src/lib/eventFilters.ts, checked by
 * tests/unit/proxyMatcher.test.ts), or the day of a series on an event page. Next reads the matcher
 * at build time, so it is written out literally: the calendar's address in each language is the
 * table's in src/lib/localisedPaths.mjs, which the test checks it against.
 */
export const config = {
  matcher: [
    '/((?!api|_next|favicon\\.ico|(?:sv|en)?$|(?:tapahtumat|sv/evenemang|en/events)(?:/\\d+)?$).*)',
    { source: '/((?!api/|_next/).*)', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/((?!api/|_next/).*)', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/:calendar(tapahtumat|sv/evenemang|en/events)', has: [{ type: 'query', key: 'when' }] },
    { source: '/:calendar(tapahtumat|sv/evenemang|en/events)', has: [{ type: 'query', key: 'from' }] },
    { source: '/:calendar(tapahtumat|sv/evenemang|en/events)', has: [{ type: 'query', key: 'to' }] },
    { source: '/:calendar(tapahtumat|sv/evenemang|en/events)', has: [{ type: 'query', key: 'municipality' }] },
    { source: '/:calendar(tapahtumat|sv/evenemang|en/events)', has: [{ type: 'query', key: 'topic' }] },
    { source: '/:calendar(tapahtumat|sv/evenemang|en/events)', has: [{ type: 'query', key: 'audience' }] },
    { source: '/:calendar(tapahtumat|sv/evenemang|en/events)', has: [{ type: 'query', key: 'free' }] },
    { source: '/:calendar(tapahtumat|sv/evenemang|en/events)', has: [{ type: 'query', key: 'q' }] },
    { source: '/:calendar(tapahtumat|sv/evenemang|en/events)', has: [{ type: 'query', key: 'page' }] },
    { source: '/:calendar(tapahtumat|sv/evenemang|en/events)/:id(\\d+)', has: [{ type: 'query', key: 'occurrence' }] },
    // The API and Next's files come here only with a trailing slash or a %-escape in the path: Next
    // buffers the body of every request its proxy sees, which media uploads (never sent to a path
    // with a %) must not go through, and it answers an escape it cannot decode with a 500 of its own.
    '/api/:path*/',
    '/(api|_next)/(.*%.*)',
  ],
}
