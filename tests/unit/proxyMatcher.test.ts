import { IncomingMessage } from 'node:http'
import { Socket } from 'node:net'
import { describe, expect, it } from 'vitest'
// Next's own compilation of a proxy matcher, so the test sees what `next build` makes of it.
import { getMiddlewareMatchers } from 'next/dist/build/analysis/get-page-static-info.js'
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher.js'
import { NodeNextRequest } from 'next/dist/server/base-http/node.js'
import { CALENDAR_QUERY_PARAMS } from '../../src/lib/eventFilters'
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

describe('where the proxy runs', () => {
  it.each(['/', '/sv', '/en', '/events', '/sv/events', '/en/events', '/events/12', '/sv/events/12'])(
    'not on the clean address %s, which it has nothing to do for',
    (address) => expect(runsProxy(address)).toBe(false),
  )

  it.each([
    '/sv/',
    '/events/',
    '/fi',
    '/fi/events',
    '/%ff',
    '/events/%ff',
    '/no/such/page',
    '/events/12/2026-12-24',
    '/events/new',
    '/sv/events/new/thanks',
    '/events.ics',
    '/events/12/event.ics',
    '/admin',
    '/admin/collections/events',
    '/api/linked-events/v1/event/',
    '/api/%ff',
    '/api/events/%c0%af',
    '/_next/%ff',
  ])('on %s', (address) => expect(runsProxy(address)).toBe(true))

  it.each(CALENDAR_QUERY_PARAMS)('on a calendar asked with its parameter %s, in every language', (param) => {
    expect(runsProxy(`/events?${param}=x`)).toBe(true)
    expect(runsProxy(`/sv/events?${param}=x`)).toBe(true)
    expect(runsProxy(`/en/events?${param}=x`)).toBe(true)
  })

  it('not for a query parameter no page reads', () => expect(runsProxy('/events?utm_source=x')).toBe(false))

  it('on an event page asked for one day of its series', () => {
    expect(runsProxy('/events/12?occurrence=2026-12-24')).toBe(true)
    expect(runsProxy('/en/events/12?occurrence=2026-12-24')).toBe(true)
  })

  it('on every post to a page, and never on one to the API, whose uploads must stream', () => {
    expect(runsProxy('/', { 'content-type': 'multipart/form-data; boundary=x' })).toBe(true)
    expect(runsProxy('/events/12', { 'next-action': 'abc' })).toBe(true)
    expect(runsProxy('/api/media', { 'content-type': 'multipart/form-data; boundary=x' })).toBe(false)
  })
})
