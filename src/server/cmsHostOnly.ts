import { servesCmsPath } from '../lib/cmsHost'

/**
 * Wraps an API route handler so that with ADMIN_HOST set it answers 404 on every other host
 * (src/lib/cmsHost.ts). Done in the route, not in src/proxy.ts: a request through the proxy has its
 * body buffered and cut at Next's proxy body limit, which uploads exceed.
 */
export function cmsHostOnly<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) =>
    servesCmsPath(new URL(request.url).pathname, request.headers.get('host'), process.env.ADMIN_HOST)
      ? handler(request, ...rest)
      : Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
}
