import { describe, expect, it } from 'vitest'
import { cacheableResponse, etagOf, matchesEtag } from '../../src/lib/httpCache'

const request = (headers: Record<string, string> = {}) => new Request('https://example.org/feed', { headers })

describe('public cacheable answers', () => {
  it('carry a shared-cache Cache-Control and an ETag of their bytes', async () => {
    const response = cacheableResponse(request(), 'body', { 'Content-Type': 'text/plain' })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+$/)
    expect(response.headers.get('etag')).toBe(etagOf('body'))
    expect(response.headers.get('content-type')).toBe('text/plain')
    expect(await response.text()).toBe('body')
    expect(etagOf('body')).not.toBe(etagOf('body!'))
  })

  it('answer 304 without a body when the client names the same bytes, 200 otherwise', async () => {
    const etag = etagOf('body')
    const same = cacheableResponse(request({ 'If-None-Match': etag }), 'body', {})
    expect(same.status).toBe(304)
    expect(await same.text()).toBe('')
    expect(same.headers.get('etag')).toBe(etag)
    expect(cacheableResponse(request({ 'If-None-Match': etagOf('old') }), 'body', {}).status).toBe(200)
  })

  it('compare tags weakly, in lists and with the wildcard', () => {
    const etag = etagOf('body')
    expect(matchesEtag(`W/"x", ${etag}`, etag)).toBe(true)
    expect(matchesEtag(etag.replace(/^W\//, ''), etag)).toBe(true)
    expect(matchesEtag('*', etag)).toBe(true)
    expect(matchesEtag(null, etag)).toBe(false)
    expect(matchesEtag('"other"', etag)).toBe(false)
  })
})
