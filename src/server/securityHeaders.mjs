// Plain JavaScript: next.config.mjs imports this, and it is read before any TypeScript is compiled.

/**
 * @param {Record<string, string | undefined>} directives
 * @returns {string}
 */
const policy = (directives) =>
  Object.entries(directives)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => (value ? `${name} ${value}` : name))
    .join('; ')

/**
 * The security headers of every response, in the shape of next.config's `headers()`: one set for
 * the public sites, the admin's own Content-Security-Policy (Payload's UI needs inline styles,
 * blob: previews of uploads and `eval` in development), and a closed one for the API, whose
 * answers are data, never pages (an uploaded SVG opened from /api/media/file runs no script).
 *
 * Next's App Router writes inline scripts (its flight data) into every page, and a nonce would
 * make each page render per request, which would defeat the sites' static caching: scripts are
 * therefore limited to our own origin plus inline ones, with no `eval` in production, no plugins,
 * no foreign frames, forms only to ourselves and no framing by anyone.
 *
 * @param {{ production: boolean, serverUrl?: string }} options
 */
export function securityHeaders({ production, serverUrl }) {
  // Media URLs are absolute to SERVER_URL when it is set (Payload's own file URLs).
  const media = serverUrl ? ` ${new URL(serverUrl).origin}` : ''
  // Next's development server needs eval (React's debugging) and a websocket for reloading.
  const devScript = production ? '' : " 'unsafe-eval'"
  const devConnect = production ? '' : ' ws: wss:'
  const common = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    },
    // Only production is served over HTTPS; browsers ignore the header over plain HTTP anyway.
    ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
  ]
  const sites = policy({
    'default-src': "'self'",
    'script-src': `'self' 'unsafe-inline'${devScript}`,
    'style-src': "'self' 'unsafe-inline'",
    'img-src': `'self' data:${media}`,
    'font-src': "'self'",
    'connect-src': `'self'${devConnect}`,
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  })
  const admin = policy({
    'default-src': "'self'",
    'script-src': `'self' 'unsafe-inline'${devScript}`,
    'style-src': "'self' 'unsafe-inline'",
    'img-src': `'self' data: blob:${media}`,
    'media-src': `'self' blob:${media}`,
    'font-src': "'self' data:",
    'connect-src': `'self'${devConnect}`,
    'worker-src': "'self' blob:",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  })
  const api = policy({ 'default-src': "'none'", 'frame-ancestors': "'none'", sandbox: '' })
  return [
    // Later entries win for the same header: the admin's and the API's policies replace the sites'.
    { source: '/:path*', headers: [...common, { key: 'Content-Security-Policy', value: sites }] },
    { source: '/admin/:path*', headers: [{ key: 'Content-Security-Policy', value: admin }] },
    { source: '/admin', headers: [{ key: 'Content-Security-Policy', value: admin }] },
    { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: api }] },
  ]
}
