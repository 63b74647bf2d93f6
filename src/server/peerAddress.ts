import http from 'node:http'
import { clientAddress, proxyTrustFrom, type ProxyTrust } from '../lib/clientAddress'

/**
 * The header that carries the connection's own address to the app. Next gives pages, server
 * actions and route handlers no socket, and it fills `X-Forwarded-For` with the socket's address
 * only when the client sent none, so a client that sends one hides its real address. This header
 * is always overwritten here, so a client cannot set it.
 */
export const PEER_ADDRESS_HEADER = 'x-seutu-peer-address'

let installed = false

/**
 * Stamps every incoming request of this process with its connection's address before Next
 * reads it. Called once at server start (src/instrumentation.ts); a request without the header
 * did not come over HTTP to this server.
 */
export function recordPeerAddresses(): void {
  if (installed) return
  installed = true
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the server as `this`
  const emit: (this: http.Server, event: string, ...args: unknown[]) => boolean = http.Server.prototype.emit
  Object.defineProperty(http.Server.prototype, 'emit', {
    configurable: true,
    writable: true,
    value: function (this: http.Server, event: string, ...args: unknown[]): boolean {
      const request = args[0]
      if (event === 'request' && request instanceof http.IncomingMessage)
        request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? ''
      return emit.call(this, event, ...args)
    },
  })
}

let trust: ProxyTrust | undefined

/**
 * The client's address for a request's headers: the connection's, or a forwarded one when our
 * own proxies are configured (TRUSTED_PROXY_HOPS or TRUSTED_PROXIES, see src/lib/clientAddress.ts).
 */
export function clientAddressOf(headers: Pick<Headers, 'get'>): string | undefined {
  trust ??= proxyTrustFrom(process.env)
  return clientAddress(headers.get(PEER_ADDRESS_HEADER), headers.get('x-forwarded-for'), trust)
}
