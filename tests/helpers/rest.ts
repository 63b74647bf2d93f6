import config from '@payload-config'
import { handleEndpoints } from 'payload'

export type RestOptions = { token?: string; body?: unknown; headers?: Record<string, string> }

/**
 * A request through Payload's REST handler, the one `src/app/(payload)/api/[...slug]/route.ts`
 * serves: the same parsing, authentication and access as over HTTP, without starting a server.
 * `token` is a login's JWT, sent as Payload's `Authorization: JWT …` header.
 */
export async function rest(method: string, path: string, options: RestOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers)
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  if (options.body !== undefined) headers.set('Content-Type', 'application/json')
  const request = new Request(`http://localhost/api${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  return handleEndpoints({ config, request })
}
