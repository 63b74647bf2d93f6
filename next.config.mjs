import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

/** Paths that are not public pages: the admin, the API and Next's own files. */
const notPublic = 'api(?:/|$)|admin(?:/|$)|_next/|favicon\\.ico$'
/** The request's host name (Next matches it without the port, lower-cased). */
const host = { type: 'host', value: '(?<host>.+)' }
/** Set by src/proxy.ts from the query string (a client's own are removed there). */
const filter = { type: 'header', key: 'x-seutu-filter', value: '(?<filter>.+)' }
const day = { type: 'header', key: 'x-seutu-day', value: '(?<day>\\d{4}-\\d{2}-\\d{2})' }

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so a running `npm run dev` is never disturbed.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The sites are told apart by host name; in development they live under *.localhost.
  allowedDevOrigins: ['*.localhost'],
  // Reads its VTIMEZONE files relative to its own folder at run time: load it from node_modules.
  serverExternalPackages: ['@touch4it/ical-timezones'],
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  // The full-route and data caches, with tag invalidation shared through PostgreSQL so that a
  // change made by any app instance or job worker reaches every instance (see the file).
  cacheHandler: fileURLToPath(new URL('./src/server/nextCacheHandler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  // Public pages: the host name picks the site and the first path segment the language, as route
  // params of app/(sites)/[host]/[locale]/…, so each page is cached per site and language. The
  // rewrites are here, not in src/proxy.ts: these stay internal whatever address the server is
  // bound to, and send no `x-middleware-rewrite` header naming the internal path.
  async rewrites() {
    return {
      // Next applies every rule that matches, one after the other: first the language, then
      // the calendar's filters and a series' day (named by src/proxy.ts) on the rewritten path.
      beforeFiles: [
        { source: `/:rest((?!${notPublic}|(?:fi|sv|en)(?:/|$)).*)`, has: [host], destination: '/:host/fi/:rest' },
        { source: '/:locale(sv|en)', has: [host], destination: '/:host/:locale' },
        { source: '/:locale(sv|en)/:rest+', has: [host], destination: '/:host/:locale/:rest+' },
        { source: '/:site/:locale/events', has: [filter], destination: '/:site/:locale/events/filter/:filter' },
        { source: '/:site/:locale/events/:id(\\d+)', has: [day], destination: '/:site/:locale/events/:id/:day' },
      ],
    }
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
