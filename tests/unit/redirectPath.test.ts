import { describe, expect, it } from 'vitest'
import { normaliseRedirectPath } from '../../src/lib/redirectPath'

describe('an old address of a redirect', () => {
  it('keeps the path of a pasted URL, decoded, without a trailing slash, query or fragment', () => {
    expect(normaliseRedirectPath('https://kaustisenseutu.fi/ajankohtaista/kyl%C3%A4/?id=3#x')).toBe(
      '/ajankohtaista/kylä',
    )
    expect(normaliseRedirectPath(' /vanha-sivu/ ')).toBe('/vanha-sivu')
    expect(normaliseRedirectPath('vanha-sivu')).toBe('/vanha-sivu')
    expect(normaliseRedirectPath('/sv/gammal')).toBe('/sv/gammal')
    expect(normaliseRedirectPath('/')).toBe('/')
  })

  it('refuses what is no path', () => {
    expect(normaliseRedirectPath('')).toBeUndefined()
    expect(normaliseRedirectPath('mailto:a@b.fi')).toBeUndefined()
    expect(normaliseRedirectPath('/%ff')).toBeUndefined()
  })
})
