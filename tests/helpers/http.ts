import http from 'node:http'
import { logIn } from './login'

/**
 * A GET to the test server as if to `host` (Node's fetch may not set Host): how a test reaches
 * one site's routes without DNS.
 */
export function getAs(
  port: number,
  host: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: '127.0.0.1', port, path, headers: { ...headers, Host: `${host}:${port}` } },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }))
      },
    )
    request.on('error', reject)
    request.setTimeout(30_000, () => request.destroy(new Error(`GET ${host}${path} timed out`)))
  })
}

/** Headers for JSON requests to the REST API as the demo editor, logged in on the CMS host `baseUrl`. */
export async function editorHeaders(baseUrl: string) {
  return { 'Content-Type': 'application/json', ...(await logIn(baseUrl, 'editor')).headers }
}

/** How long until `check` holds, polling the production server every 100 ms (at most `limitMs`). */
export async function msUntil(check: () => Promise<boolean>, limitMs = 20_000): Promise<number> {
  const start = Date.now()
  while (!(await check())) {
    if (Date.now() - start > limitMs) return Infinity
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return Date.now() - start
}
