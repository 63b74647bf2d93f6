import http from 'node:http'

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
