// Plain JavaScript: next.config.mjs imports this, and it is read before any TypeScript is compiled.
import { localisedRoutes } from '../lib/localisedPaths.mjs'

/**
 * Public pages come from Next's full-route cache, which a publish invalidates within about a
 * second (src/server/nextCacheHandler.mjs). A shared cache in front may keep a page one second and
 * then serve it while it fetches the new one, so a change shows there within a second or two too.
 */
export const PUBLIC_PAGE_CACHE = 'public, s-maxage=1, stale-while-revalidate=59'
/** A logged-in editor's view, a post's answer and the event form's token: never kept by anyone. */
export const PRIVATE_PAGE_CACHE = 'private, no-cache, no-store, max-age=0, must-revalidate'

/** Every public page and feed: not the API (its routes say their own), not Next's files. */
const publicPaths = '/:path((?!api(?:/|$)|_next/|admin(?:/|$)).*)'
const privately = [{ key: 'Cache-Control', value: PRIVATE_PAGE_CACHE }]

/** The event form's token route (`/events/new/token`) at its address in each language. */
function tokenAddresses() {
  const form = localisedRoutes().find((entry) => entry.route === '/events/new')
  if (!form) throw new Error('The paths table has no /events/new')
  return [form.public.fi, `/sv${form.public.sv}`, `/en${form.public.en}`].map((path) => `${path}/token`)
}

/**
 * Who may keep a public answer, in the shape of next.config's `headers()`. Here rather than in
 * src/proxy.ts so that the pages the proxy does not see get them too. Next sets a page's
 * Cache-Control only when none is set yet, so these win over its own `s-maxage=<revalidate>`.
 * Later entries win for the same header.
 */
export function pageCacheHeaders() {
  return [
    { source: publicPaths, headers: [{ key: 'Cache-Control', value: PUBLIC_PAGE_CACHE }] },
    // Payload's login cookie: an editor's responses are never stored by a shared cache.
    { source: publicPaths, has: [{ type: 'cookie', key: 'payload-token' }], headers: privately },
    // A post (every post carries a Content-Type; a server action also its Next-Action header).
    { source: publicPaths, has: [{ type: 'header', key: 'content-type' }], headers: privately },
    { source: publicPaths, has: [{ type: 'header', key: 'next-action' }], headers: privately },
    // The event form's one-time token (its page is the same for everyone). These headers replace a
    // route handler's own, so the token route's `private` must be said here too.
    ...tokenAddresses().map((source) => ({ source, headers: privately })),
  ]
}
