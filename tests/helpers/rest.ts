import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
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

const graphqlHandler = GRAPHQL_POST(config)

/** A query or mutation through Payload's GraphQL handler, the one `/api/graphql` serves. */
export async function graphql(
  query: string,
  token?: string,
): Promise<{ data?: unknown; errors?: { message: string }[] }> {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query }),
  })
  return (await graphqlHandler(request)).json()
}
