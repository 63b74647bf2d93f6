import { describe, expect, it } from 'vitest'
import {
  checkFormToken,
  clientKey,
  FORM_MAX_AGE_MS,
  FORM_MIN_AGE_MS,
  formTokenId,
  signFormToken,
} from '../../src/lib/formToken'

const secret = 'test-secret'
const rendered = Date.parse('2026-11-23T10:00:00Z')

describe('the event form token', () => {
  it('passes a form sent after a few seconds and within hours', () => {
    const token = signFormToken(secret, rendered)
    expect(checkFormToken(secret, token, rendered + FORM_MIN_AGE_MS)).toBe('ok')
    expect(checkFormToken(secret, token, rendered + FORM_MAX_AGE_MS)).toBe('ok')
  })

  it('tells a form sent too fast from one that has gone stale', () => {
    const token = signFormToken(secret, rendered)
    expect(checkFormToken(secret, token, rendered + 500)).toBe('tooFast')
    expect(checkFormToken(secret, token, rendered + FORM_MAX_AGE_MS + 1)).toBe('expired')
  })

  it('refuses forged, altered and missing tokens', () => {
    const token = signFormToken(secret, rendered)
    const [, id, signature] = token.split('.')
    const earlier = `${(rendered - 60_000).toString(36)}.${id}.${signature}`
    expect(checkFormToken(secret, earlier, rendered + 10_000)).toBe('invalid')
    expect(checkFormToken('another-secret', token, rendered + 10_000)).toBe('invalid')
    for (const bad of ['', 'abc', `${token}.x`, `${token}x`, undefined, 42])
      expect(checkFormToken(secret, bad, rendered + 10_000)).toBe('invalid')
  })
})

describe('the client key', () => {
  it('hashes the address, never keeping it; an IPv6 client by its /64', () => {
    const key = clientKey(secret, '203.0.113.7')
    expect(key).not.toContain('203')
    expect(key).not.toBe(clientKey(secret, '203.0.113.8'))
    expect(key).not.toBe(clientKey('another-secret', '203.0.113.7'))
    expect(key).not.toBe(clientKey(secret, '203.0.113.7', 'login-client'))
    expect(clientKey(secret, '2001:db8:0:1::1')).toBe(clientKey(secret, '2001:0db8:0000:0001:ffff:1:2:3'))
    expect(clientKey(secret, '2001:db8:0:1::1')).not.toBe(clientKey(secret, '2001:db8:0:2::1'))
  })

  it('gives every token its own id, so a used one can be recognised', () => {
    const a = signFormToken(secret, rendered)
    const b = signFormToken(secret, rendered)
    expect(formTokenId(a)).not.toBe(formTokenId(b))
    expect(formTokenId(a)).toMatch(/^[\w-]{16}$/)
  })
})
