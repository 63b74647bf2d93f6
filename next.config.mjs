import { withPayload } from '@payloadcms/next/withPayload'
import { securityHeaders } from './src/server/securityHeaders.mjs'

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
  // Content-Security-Policy and the other security headers, per kind of page (see the module).
  headers: async () =>
    securityHeaders({ production: process.env.NODE_ENV === 'production', serverUrl: process.env.SERVER_URL }),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
