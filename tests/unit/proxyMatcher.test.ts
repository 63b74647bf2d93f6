import { IncomingMessage } from 'node:http'
import { Socket } from 'node:net'
import { describe, expect, it } from 'vitest'
// Next's own compilation of a proxy matcher, so the test sees what `next build` makes of it.
import { getMiddlewareMatchers } from 'next/dist/build/analysis/get-page-static-info.js'
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher.js'
import { NodeNextRequest } from 'next/dist/server/base-http/node.js'
import { CALENDAR_QUERY_PARAMS } from '../../src/lib/eventFilters'
import { locales } from '../../src/lib/locales'
import { localePath } from '../../src/lib/paths'
import { config } from '../../src/proxy'

const matches = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}))

/** Whether a request reaches src/proxy.ts. */
function runsProxy(address: string, headers: Record<string, string> = {}) {
  const url = new URL(address, 'http://kaustisenseutu.localhost')
  const message = new IncomingMessage(new Socket())
  message.method = 'GET'
  message.headers = headers
  return matches(url.pathname, new NodeNextRequest(message), Object.fromEntries(url.searchParams))
}

/** The calendar and an event page in every language, from the paths table. */
const calendars = locales.map((locale) => localePath(locale, '/events'))
const eventPages = locales.map((locale) => localePath(locale, '/events/12'))

describe('where the proxy runs', () => {
  it('knows the calendar by its address in each language', () =>
    expect(calendars).toEqual(['/tapahtumat', '/sv/evenemang', '/en/events']))

  it.each(['/', '/sv', '/en', ...calendars, ...eventPages])(
    'not on the clean address %s, which it has nothing to do for',
    (address) => expect(runsProxy(address)).toBe(false),
  )

  it.each([
    '/sv/',
    '/tapahtumat/',
    '/fi',
    '/fi/tapahtumat',
    '/%ff',
    '/tapahtumat/%ff',
    '/no/such/page',
    '/tapahtumat/12/2026-12-24',
    '/tapahtumat/uusi',
    '/sv/evenemang/ny/tack',
    '/tapahtumat.ics',
    '/tapahtumat/12/event.ics',
    // The English-only addresses of Finnish and Swedish are redirected before the proxy; the
    // words of another language are paths the site does not have.
    '/sv/tapahtumat',
    '/en/evenemang',
    '/admin',
    '/admin/collections/events',
    '/api/linked-events/v1/event/',
    '/api/%ff',
    '/api/events/%c0%af',
    '/_next/%ff',
  ])('on %s', (address) => expect(runsProxy(address)).toBe(true))

  it.each(CALENDAR_QUERY_PARAMS)('on a calendar asked with its parameter %s, in every language', (param) => {
    for (const calendar of calendars) expect(runsProxy(`${calendar}?${param}=x`)).toBe(true)
  })

  it('not for a query parameter no page reads', () => expect(runsProxy('/tapahtumat?utm_source=x')).toBe(false))

  it('on an event page asked for one day of its series, in every language', () => {
    for (const page of eventPages) expect(runsProxy(`${page}?occurrence=2026-12-24`)).toBe(true)
  })

  it('on every post to a page, and never on one to the API, whose uploads must stream', () => {
    expect(runsProxy('/', { 'content-type': 'multipart/form-data; boundary=x' })).toBe(true)
    expect(runsProxy('/tapahtumat/12', { 'next-action': 'abc' })).toBe(true)
    expect(runsProxy('/api/media', { 'content-type': 'multipart/form-data; boundary=x' })).toBe(false)
  })
})
