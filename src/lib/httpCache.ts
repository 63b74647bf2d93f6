import { createHash } from 'node:crypto'

/**
 * Public answers that any cache may share: a CDN or proxy keeps one for a minute and may serve it
 * stale for five more while it fetches a fresh one, so a publish shows through a cache within
 * about a minute; browsers revalidate every time (`max-age=0`) and get a 304 while nothing changed.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300'

/** A weak validator of the body: the same bytes give the same tag, whatever compression a proxy adds. */
export const etagOf = (body: string) => `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

/** Whether an `If-None-Match` header names `etag` (weak comparison, as RFC 9110 asks for GET). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag))
}

/**
 * A public, cacheable 200 with an ETag, or a bodiless 304 when the client already has these bytes.
 * `headers` are sent on both (a 304 repeats the validators and the caching rules).
 */
export function cacheableResponse(
  request: { headers: Headers },
  body: string,
  headers: Record<string, string>,
): Response {
  const etag = etagOf(body)
  const shared = { 'Cache-Control': PUBLIC_CACHE_CONTROL, ETag: etag, Vary: 'Accept-Encoding', ...headers }
  if (matchesEtag(request.headers.get('if-none-match'), etag))
    return new Response(null, { status: 304, headers: shared })
  return new Response(body, { status: 200, headers: shared })
}
