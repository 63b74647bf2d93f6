import { withPayload } from '@payloadcms/next/withPayload'

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
  // Reads its VTIMEZONE files relative to its own folder at run time: load it from node_modules.
  serverExternalPackages: ['@touch4it/ical-timezones'],
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
