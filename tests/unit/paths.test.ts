import { describe, expect, it } from 'vitest'
import { alternatesOf, eventPath, hostnameOf, localePath, publicPathOf, splitLocale } from '../../src/lib/paths'

describe('public paths', () => {
  it('puts Finnish at the root and the other languages under a prefix', () => {
    expect(localePath('fi', '/')).toBe('/')
    expect(localePath('fi', '/tapahtumat')).toBe('/tapahtumat')
    expect(localePath('sv', '/')).toBe('/sv')
    expect(localePath('en', 'events')).toBe('/en/events')
  })

  it('links an event, or one of its occurrences', () => {
    expect(eventPath('fi', 42)).toBe('/events/42')
    expect(eventPath('sv', 42, '2026-10-20')).toBe('/sv/events/42?occurrence=2026-10-20')
  })

  it('reads the language from the first segment', () => {
    expect(splitLocale('/')).toEqual({ locale: 'fi', rest: '/', explicitDefault: false })
    expect(splitLocale('/sv/evenemang')).toEqual({ locale: 'sv', rest: '/evenemang', explicitDefault: false })
    expect(splitLocale('/en')).toEqual({ locale: 'en', rest: '/', explicitDefault: false })
    expect(splitLocale('/fi/uutiset')).toEqual({ locale: 'fi', rest: '/uutiset', explicitDefault: true })
    expect(splitLocale('/svenska')).toEqual({ locale: 'fi', rest: '/svenska', explicitDefault: false })
  })

  it('takes the host name without the port', () => {
    expect(hostnameOf('Visitkaustisenseutu.localhost:3000')).toBe('visitkaustisenseutu.localhost')
    expect(hostnameOf('[::1]:3000')).toBe('[::1]')
    expect(hostnameOf(undefined)).toBe('localhost')
  })
})

describe('the public path of a page from its route segments', () => {
  it('gives ordinary pages their segments', () => {
    expect(publicPathOf([])).toBe('/')
    expect(publicPathOf(['__PAGE__'])).toBe('/')
    expect(publicPathOf(['events', '__PAGE__'])).toBe('/events')
    expect(publicPathOf(['events', 'new', 'thanks'])).toBe('/events/new/thanks')
    expect(publicPathOf(['no', 'such/page'])).toBe('/no/such/page')
  })

  it('gives the segments the proxy made of a query string to the page they were asked of', () => {
    expect(publicPathOf(['events', 'filter', 'when%3Dtoday'])).toBe('/events')
    expect(publicPathOf(['events', '12', '2026-12-24'])).toBe('/events/12')
    expect(publicPathOf(['events', '12'])).toBe('/events/12')
  })

  it('names a page and its language versions', () => {
    expect(alternatesOf('sv', '/events')).toEqual({
      canonical: '/sv/events',
      languages: { fi: '/events', sv: '/sv/events', en: '/en/events', 'x-default': '/events' },
    })
  })
})
