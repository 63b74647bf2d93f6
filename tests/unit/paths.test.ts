import { describe, expect, it } from 'vitest'
import {
  alternatesOf,
  eventPath,
  hostnameOf,
  localePath,
  routeOfPublicPath,
  routePathOf,
  splitLocale,
} from '../../src/lib/paths'
import { localisedRewrites, oldAddressRedirects } from '../../src/lib/localisedPaths.mjs'

describe('public paths', () => {
  it('puts Finnish at the root and the other languages under a prefix', () => {
    expect(localePath('fi', '/')).toBe('/')
    expect(localePath('fi', '/tapahtumat')).toBe('/tapahtumat')
    expect(localePath('sv', '/')).toBe('/sv')
    expect(localePath('en', 'events')).toBe('/en/events')
  })

  it('names the calendar and its pages in the visitor’s language', () => {
    expect(localePath('fi', '/events')).toBe('/tapahtumat')
    expect(localePath('sv', '/events')).toBe('/sv/evenemang')
    expect(localePath('fi', '/events.ics')).toBe('/tapahtumat.ics')
    expect(localePath('sv', '/events/12/event.ics')).toBe('/sv/evenemang/12/event.ics')
    expect(localePath('fi', '/events/new')).toBe('/tapahtumat/uusi')
    expect(localePath('sv', '/events/new/token')).toBe('/sv/evenemang/ny/token')
    expect(localePath('fi', '/events/new/thanks')).toBe('/tapahtumat/uusi/kiitos')
    expect(localePath('en', '/events/new/thanks')).toBe('/en/events/new/thanks')
    // A segment that only begins like a section's is another path.
    expect(localePath('fi', '/eventsx')).toBe('/eventsx')
  })

  it('finds the route of a public path in its language, and leaves other paths as they are', () => {
    expect(routeOfPublicPath('fi', '/tapahtumat')).toBe('/events')
    expect(routeOfPublicPath('sv', '/evenemang/12')).toBe('/events/12')
    expect(routeOfPublicPath('fi', '/tapahtumat/uusi/kiitos')).toBe('/events/new/thanks')
    expect(routeOfPublicPath('sv', '/tapahtumat')).toBe('/tapahtumat')
    expect(routeOfPublicPath('fi', '/uutiset/x')).toBe('/news/x')
    expect(routeOfPublicPath('fi', '/ajankohtaista')).toBe('/ajankohtaista')
  })

  it('rewrites each language’s address to the route, the most specific first', () => {
    const rewrites = localisedRewrites()
    expect(rewrites[0]).toEqual({
      source: '/:site/fi/tapahtumat/uusi/kiitos',
      destination: '/:site/fi/events/new/thanks',
    })
    expect(rewrites).toContainEqual({ source: '/:site/sv/evenemang/:rest+', destination: '/:site/sv/events/:rest+' })
    expect(rewrites).toContainEqual({ source: '/:site/fi/tapahtumat.ics', destination: '/:site/fi/events.ics' })
    // English keeps the sections' own words: only the press releases, served by the news routes.
    expect(rewrites.filter((rule) => rule.source.includes('/en/'))).toEqual([
      { source: '/:site/en/press-releases', destination: '/:site/en/news' },
      { source: '/:site/en/press-releases/:rest+', destination: '/:site/en/news/:rest+' },
    ])
    expect(rewrites).toContainEqual({ source: '/:site/fi/tiedotteet/:rest+', destination: '/:site/fi/news/:rest+' })
  })

  it('redirects the English-only addresses of Finnish and Swedish for good, the most specific first', () => {
    const redirects = oldAddressRedirects()
    const index = (source: string) => redirects.findIndex((rule) => rule.source === source)
    expect(redirects[index('/sv/events/:rest+')]).toEqual({
      source: '/sv/events/:rest+',
      destination: '/sv/evenemang/:rest+',
      permanent: true,
    })
    expect(index('/events/new')).toBeLessThan(index('/events/:rest+'))
    expect(redirects.some((rule) => rule.source.startsWith('/en'))).toBe(false)
  })

  it('links an event, or one of its occurrences', () => {
    expect(eventPath('fi', 42)).toBe('/tapahtumat/42')
    expect(eventPath('sv', 42, '2026-10-20')).toBe('/sv/evenemang/42?occurrence=2026-10-20')
    expect(eventPath('en', 42)).toBe('/en/events/42')
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

describe('the route path of a page from its route segments', () => {
  it('gives ordinary pages their segments', () => {
    expect(routePathOf([])).toBe('/')
    expect(routePathOf(['__PAGE__'])).toBe('/')
    expect(routePathOf(['events', '__PAGE__'])).toBe('/events')
    expect(routePathOf(['events', 'new', 'thanks'])).toBe('/events/new/thanks')
    expect(routePathOf(['no', 'such/page'])).toBe('/no/such/page')
  })

  it('gives the segments the proxy made of a query string to the page they were asked of', () => {
    expect(routePathOf(['events', 'filter', 'when%3Dtoday'])).toBe('/events')
    expect(routePathOf(['events', '12', '2026-12-24'])).toBe('/events/12')
    expect(routePathOf(['events', '12'])).toBe('/events/12')
  })

  it('names a page and its language versions', () => {
    expect(alternatesOf('sv', '/events')).toEqual({
      canonical: '/sv/evenemang',
      languages: { fi: '/tapahtumat', sv: '/sv/evenemang', en: '/en/events', 'x-default': '/tapahtumat' },
    })
  })
})
