import { withPayload } from '@payloadcms/next/withPayload'
import { securityHeaders } from './src/server/securityHeaders.mjs'

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
  // Content-Security-Policy and the other security headers, per kind of page (see the module).
  headers: async () =>
    securityHeaders({ production: process.env.NODE_ENV === 'production', serverUrl: process.env.SERVER_URL }),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
