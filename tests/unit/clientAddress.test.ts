import { describe, expect, it } from 'vitest'
import { clientAddress, clientNetwork, proxyTrustFrom, ProxyTrustError } from '../../src/lib/clientAddress'

const none = proxyTrustFrom({})

describe('the client address', () => {
  it('by default believes only the connection, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', none)).toBe('203.0.113.7')
    expect(clientAddress('::ffff:203.0.113.7', undefined, none)).toBe('203.0.113.7')
    expect(clientAddress(undefined, '198.51.100.1', none)).toBeUndefined()
  })

  it('behind N proxies of ours takes the address the outermost one saw, not what the client wrote', () => {
    const one = proxyTrustFrom({ TRUSTED_PROXY_HOPS: '1' })
    // The client wrote 6.6.6.6; our proxy appended the client's real address.
    expect(clientAddress('10.0.0.2', '6.6.6.6, 203.0.113.7', one)).toBe('203.0.113.7')
    const two = proxyTrustFrom({ TRUSTED_PROXY_HOPS: '2' })
    expect(clientAddress('10.0.0.2', '6.6.6.6, 203.0.113.7, 10.0.0.1', two)).toBe('203.0.113.7')
    // Fewer addresses than hops: the farthest there is.
    expect(clientAddress('10.0.0.2', undefined, two)).toBe('10.0.0.2')
  })

  it('with a list of proxy networks skips our proxies from the connection back', () => {
    const trust = proxyTrustFrom({ TRUSTED_PROXIES: '10.0.0.0/8, 2001:db8:ffff::/48' })
    expect(clientAddress('10.0.0.2', '6.6.6.6, 203.0.113.7, 10.1.2.3', trust)).toBe('203.0.113.7')
    expect(clientAddress('2001:db8:ffff::1', '2001:db8:1::5', trust)).toBe('2001:db8:1::5')
    // A connection from outside the list is the client, whatever it forwards.
    expect(clientAddress('203.0.113.9', '6.6.6.6', trust)).toBe('203.0.113.9')
    // Garbage in the header is never taken for an address.
    expect(clientAddress('10.0.0.2', 'not-an-address', trust)).toBe('10.0.0.2')
  })

  it('refuses a setting it cannot read, rather than trusting the wrong addresses', () => {
    expect(() => proxyTrustFrom({ TRUSTED_PROXY_HOPS: 'two' })).toThrow(ProxyTrustError)
    expect(() => proxyTrustFrom({ TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(ProxyTrustError)
    expect(() => proxyTrustFrom({ TRUSTED_PROXIES: 'proxy.local' })).toThrow(ProxyTrustError)
    expect(() => proxyTrustFrom({ TRUSTED_PROXY_HOPS: '1', TRUSTED_PROXIES: '10.0.0.1' })).toThrow(ProxyTrustError)
  })

  it('names an IPv6 client by its /64 and an IPv4 client by its address', () => {
    expect(clientNetwork('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(clientNetwork('2001:0db8:0000:0000:ffff::2')).toBe('2001:db8:0:0::/64')
    expect(clientNetwork('203.0.113.7')).toBe('203.0.113.7')
  })
})
