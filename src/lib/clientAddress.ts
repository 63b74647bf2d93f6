import { BlockList, isIP } from 'node:net'

/**
 * Which forwarded addresses to believe. `X-Forwarded-For` is written by whoever sends the
 * request, so an address in it means something only when one of our own proxies appended it:
 * - `none` (the default): only the address of the connection itself;
 * - `hops: N` (TRUSTED_PROXY_HOPS): N proxies of ours stand in front, each appending the address
 *   it saw, so the client is the Nth address counted from the connection;
 * - `networks` (TRUSTED_PROXIES, a comma-separated list of addresses and CIDR ranges): addresses
 *   in these ranges are our proxies, the first one outside them, from the connection back, is the client.
 */
export type ProxyTrust = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'networks'; list: BlockList }

export class ProxyTrustError extends Error {}

const family = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4')

export function proxyTrustFrom(env: Record<string, string | undefined>): ProxyTrust {
  if (env.TRUSTED_PROXY_HOPS && env.TRUSTED_PROXIES)
    throw new ProxyTrustError('Set TRUSTED_PROXY_HOPS or TRUSTED_PROXIES, not both.')
  if (env.TRUSTED_PROXY_HOPS) {
    const hops = Number(env.TRUSTED_PROXY_HOPS)
    if (!Number.isInteger(hops) || hops < 0 || hops > 10)
      throw new ProxyTrustError(`TRUSTED_PROXY_HOPS must be a whole number 0–10, not "${env.TRUSTED_PROXY_HOPS}".`)
    return hops === 0 ? { kind: 'none' } : { kind: 'hops', hops }
  }
  const entries = (env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (!entries.length) return { kind: 'none' }
  const list = new BlockList()
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/')
    if (!isIP(address)) throw new ProxyTrustError(`TRUSTED_PROXIES: "${entry}" is not an address or CIDR range.`)
    const bits = prefix === undefined ? (isIP(address) === 6 ? 128 : 32) : Number(prefix)
    if (!Number.isInteger(bits) || bits < 0 || bits > (isIP(address) === 6 ? 128 : 32))
      throw new ProxyTrustError(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length.`)
    list.addSubnet(address, bits, family(address))
  }
  return { kind: 'networks', list }
}

/** `::ffff:192.0.2.1` (an IPv4 client of a dual-stack socket) is 192.0.2.1. */
function normalise(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, '')
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)
  return mapped ? mapped[1] : trimmed
}

/**
 * The client's address: `peer` is the connection's own address, `forwardedFor` the
 * `X-Forwarded-For` header as it arrived. Undefined when there is no connection address (a call
 * from inside the app, not over HTTP).
 */
export function clientAddress(
  peer: string | null | undefined,
  forwardedFor: string | null | undefined,
  trust: ProxyTrust,
): string | undefined {
  if (!peer) return undefined
  if (trust.kind === 'none') return normalise(peer)
  // Nearest first: the connection, then the forwarded addresses from the last appended back.
  const chain = [
    peer,
    ...(forwardedFor ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .reverse(),
  ].map(normalise)
  if (trust.kind === 'hops') return chain[Math.min(trust.hops, chain.length - 1)]
  const valid = (address: string) => isIP(address) !== 0
  for (let i = 0; i < chain.length; i++) {
    const address = chain[i]
    // A forwarded entry that is no address at all was written by the client: stop before it.
    if (!valid(address)) return chain[i - 1]
    if (!trust.list.check(address, family(address)) || i === chain.length - 1) return address
  }
  return chain[0]
}

/**
 * The part of an address that names one client: an IPv4 address whole, an IPv6 address by its
 * /64 network, since one IPv6 host can choose any address within its /64.
 */
export function clientNetwork(address: string): string {
  if (isIP(address) !== 6) return address
  const [head = '', tail = ''] = address.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = address.includes('::') ? (tail ? tail.split(':') : []) : []
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
