/**
 * An old address as the redirects compare it: the path alone (an editor may paste a whole URL,
 * `https://kaustisenseutu.fi/Ajankohtaista/kylä/?id=3`), percent-escapes decoded, without a
 * trailing slash. A query string and a fragment are dropped: the sites' pages are told apart by
 * their path (src/proxy.ts sends `/path/` to `/path`). Undefined for text that is no path.
 */
export function normaliseRedirectPath(value: string): string | undefined {
  const text = value.trim()
  if (!text) return undefined
  let url: URL
  try {
    url = new URL(text, 'http://x.invalid')
  } catch {
    return undefined
  }
  if (!/^https?:$/.test(url.protocol)) return undefined
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return undefined
  }
  const trimmed = path.replace(/\/+$/, '')
  return trimmed === '' ? '/' : trimmed
}
