import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'
import { localisedRewrites, oldAddressRedirects } from './src/lib/localisedPaths.mjs'
import { pageCacheHeaders } from './src/server/pageCacheHeaders.mjs'
import { securityHeaders } from './src/server/securityHeaders.mjs'

/** Paths that are not public pages: the admin, the API and Next's own files. */
const notPublic = 'api(?:/|$)|admin(?:/|$)|_next/|favicon\\.ico$'
/** The request's host name (Next matches it without the port, lower-cased). */
const host = { type: 'host', value: '(?<host>.+)' }
/** Set by src/proxy.ts from the query string (a client's own are removed there). */
const filter = { type: 'header', key: 'x-seutu-filter', value: '(?<filter>.+)' }
const day = { type: 'header', key: 'x-seutu-day', value: '(?<day>\\d{4}-\\d{2}-\\d{2})' }
/** Set by src/proxy.ts when /admin is asked on a public host while ADMIN_HOST names the CMS's own. */
const publicAdmin = { type: 'header', key: 'x-seutu-public-admin', value: '1' }

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so a running `npm run dev` is never disturbed.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Linked Events documents its addresses with a trailing slash (/api/linked-events/v1/event/), so
  // Next's own redirect to the address without it is off; src/proxy.ts redirects every other address.
  skipTrailingSlashRedirect: true,
  // The sites are told apart by host name; in development they live under *.localhost.
  allowedDevOrigins: ['*.localhost'],
  // - ical-timezones reads its VTIMEZONE files relative to its own folder at run time.
  // - payload: one copy for the whole server. Bundled, every layer of the build (pages, route
  //   handlers, server actions) got its own copy of Payload's modules, yet all of them share the one
  //   Payload instance cached on `global`, set up by whichever layer ran first. After a page had
  //   started it, the REST route's `instanceof ValidationError` failed against the page copy's class
  //   and the answer lost `data.errors` (the field messages) and named the minified class. `next
  //   dev` loads Payload from node_modules (withPayload's devBundleServerPackages: false), so only
  //   production showed it.
  serverExternalPackages: ['@touch4it/ical-timezones', 'payload'],
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  // Content-Security-Policy and the other security headers, per kind of page, and who may keep a
  // public page (see the modules).
  headers: async () => [
    ...securityHeaders({ production: process.env.NODE_ENV === 'production', serverUrl: process.env.SERVER_URL }),
    ...pageCacheHeaders(),
  ],
  // The full-route and data caches, with tag invalidation shared through PostgreSQL so that a
  // change made by any app instance or job worker reaches every instance (see the file).
  cacheHandler: fileURLToPath(new URL('./src/server/nextCacheHandler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  // Public pages: the host name picks the site and the first path segment the language, as route
  // params of app/(sites)/[host]/[locale]/…, so each page is cached per site and language. The
  // rewrites are here, not in src/proxy.ts: these stay internal whatever address the server is
  // bound to, and send no `x-middleware-rewrite` header naming the internal path.
  // The English-only calendar addresses of Finnish and Swedish (`/events…`, `/sv/events…`) moved
  // to the languages' own words: 308 to the new address, the rest of the path and the query kept.
  // Redirects run before the proxy and the rewrites.
  redirects: async () => oldAddressRedirects(),
  async rewrites() {
    return {
      // Next applies every rule that matches, one after the other: first the language, then the
      // section words of the language to the route folders (`/tapahtumat/12` → `events/12`, from
      // src/lib/localisedPaths.mjs), then the calendar's and the news lists' filters and a series' day (named by
      // src/proxy.ts) on the rewritten path.
      beforeFiles: [
        { source: '/admin/:rest*', has: [host, publicAdmin], destination: '/:host/fi/admin/:rest*' },
        { source: `/:rest((?!${notPublic}|(?:fi|sv|en)(?:/|$)).*)`, has: [host], destination: '/:host/fi/:rest' },
        { source: '/:locale(sv|en)', has: [host], destination: '/:host/:locale' },
        { source: '/:locale(sv|en)/:rest+', has: [host], destination: '/:host/:locale/:rest+' },
        ...localisedRewrites(),
        // One robots.txt and sitemap.xml a site, in no language (app/(sites)/[host]/). The sitemap's
        // folder is not named sitemap.xml: Next takes that name for a metadata route, which it
        // never keeps in its cache.
        { source: '/:site/fi/robots.txt', destination: '/:site/robots.txt' },
        { source: '/:site/fi/sitemap.xml', destination: '/:site/sitemap-xml' },
        { source: '/:site/:locale/events', has: [filter], destination: '/:site/:locale/events/filter/:filter' },
        { source: '/:site/:locale/news', has: [filter], destination: '/:site/:locale/news/filter/:filter' },
        { source: '/:site/:locale/events/:id(\\d+)', has: [day], destination: '/:site/:locale/events/:id/:day' },
      ],
    }
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
