import { describe, expect, inject, it } from 'vitest'

const baseUrl = inject('baseUrl')
type Page = {
  meta: { count: number; next: string | null; previous: string | null }
  data: {
    id: string
    name: { fi?: string; sv?: string }
    publication_status: string
    keywords: { '@id': string }[]
    start_time: string
  }[]
}
const get = async (path: string) => {
  const response = await fetch(`${baseUrl}/api/linked-events${path}`)
  return { status: response.status, body: (await response.json()) as Page & { detail?: string } }
}
type Linked = { '@id': string; location: { '@id': string } | null; keywords: { '@id': string }[] }
/** An address the API gave, asked for as given: a redirect would count as a failure. */
const follow = (url: string, headers: Record<string, string> = {}) =>
  fetch(new URL(new URL(url).pathname + new URL(url).search, baseUrl), { redirect: 'manual', headers })

describe('our events as a Linked Events v1 source', () => {
  it('lists published events in the Linked Events shape, drafts never', async () => {
    const { status, body } = await get('/v1/event?page_size=100')
    expect(status).toBe(200)
    const names = body.data.map((e) => e.name.fi)
    expect(names).toEqual(
      expect.arrayContaining(['Lasten musiikkileikkikoulu', 'Pelimanniilta', 'Kyläilta: tuulivoima ja Veteli']),
    )
    expect(names).not.toContain('Salainen luonnos')
    expect(body.data.every((e) => e.publication_status === 'public' && /^kaustisenseutu:evt-\d+$/.test(e.id))).toBe(
      true,
    )
    expect(body.data.find((e) => e.name.fi === 'Pelimanniilta')?.name.sv).toBe('Spelmanskväll')
    expect(body.data[0].start_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[23]:00$/)
  })

  it('filters by keyword and text, and pages', async () => {
    const children = await get('/v1/event?keyword=yso:p4354')
    expect(children.body.data.map((e) => e.name.fi)).toEqual(['Lasten musiikkileikkikoulu'])
    const text = await get('/v1/event?text=pelimanni')
    expect(text.body.data.map((e) => e.name.fi)).toEqual(['Pelimanniilta'])
    const first = await get('/v1/event?page_size=1')
    expect(first.body.data).toHaveLength(1)
    expect(first.body.meta.next).toContain('page=2')
    expect(first.body.meta.previous).toBeNull()
  })

  it('filters by date through every occurrence, so a series is found after its first date', async () => {
    const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
    const later = await get(`/v1/event?start=${day(22)}`)
    expect(later.body.data.map((e) => e.name.fi)).toEqual(['Lasten musiikkileikkikoulu'])
    const window = await get(`/v1/event?start=${day(15)}&end=${day(22)}`)
    expect(window.body.data.map((e) => e.name.fi)).toEqual([
      'Lasten musiikkileikkikoulu',
      'Kyläilta: tuulivoima ja Veteli',
    ])
  })

  it('answers bad parameters with 400 and a message', async () => {
    expect((await get('/v1/event?page_size=1000')).body.detail).toMatch(/page_size/)
    const bad = await get('/v1/event?start=eilen')
    expect(bad.status).toBe(400)
    expect(bad.body.detail).toMatch(/start/)
    expect((await get('/v1/event?keyword=music')).status).toBe(400)
  })

  it('serves one event by its id and 404 for others', async () => {
    const list = await get('/v1/event?text=pelimanni')
    const id = list.body.data[0].id
    const one = await get(`/v1/event/${id}`)
    expect(one.status).toBe(200)
    expect((one.body as unknown as { id: string }).id).toBe(id)
    expect((await get('/v1/event/kaustisenseutu:evt-999999')).status).toBe(404)
    expect((await get('/v1/event/other:evt-1')).status).toBe(404)
  })

  it('answers its documented addresses, with the trailing slash, directly', async () => {
    for (const path of ['/v1/event/', '/v1/event/?page_size=1', '/v1/place/', '/v1/keyword/']) {
      const response = await fetch(`${baseUrl}/api/linked-events${path}`, { redirect: 'manual' })
      expect(response.status, path).toBe(200)
    }
    // Every other address still goes to the one without the slash.
    const page = await fetch(`${baseUrl}/tapahtumat/`, { redirect: 'manual' })
    expect(page.status).toBe(308)
    expect(page.headers.get('location')).toMatch(/\/tapahtumat$/)
    const api = await fetch(`${baseUrl}/api/users/`, { redirect: 'manual' })
    expect(api.status).toBe(308)
    expect(api.headers.get('location')).toMatch(/\/api\/users$/)
  })

  it('serves every @id its events point at, places and keywords included', async () => {
    const list = (await (await follow(`${baseUrl}/api/linked-events/v1/event/?page_size=100`)).json()) as {
      data: Linked[]
    }
    const ids = new Set(
      list.data.flatMap((event) => [
        event['@id'],
        ...(event.location ? [event.location['@id']] : []),
        ...event.keywords.map((keyword) => keyword['@id']),
      ]),
    )
    expect([...ids].some((id) => id.includes('/v1/place/kaustisenseutu:place-'))).toBe(true)
    expect([...ids].some((id) => id.includes('/v1/keyword/yso:'))).toBe(true)
    for (const id of ids) {
      expect(id).toMatch(/\/$/)
      const response = await follow(id)
      expect(response.status, id).toBe(200)
      expect(((await response.json()) as { '@id': string })['@id']).toBe(id)
    }
    expect((await follow(`${baseUrl}/api/linked-events/v1/place/kaustisenseutu:place-999999/`)).status).toBe(404)
    expect((await follow(`${baseUrl}/api/linked-events/v1/keyword/yso:p999999999/`)).status).toBe(404)
  })

  it('is cacheable by any cache, and answers an unchanged resource with 304', async () => {
    for (const path of ['/v1/event/', '/v1/place/', '/v1/keyword/yso:p1808/']) {
      const first = await follow(`${baseUrl}/api/linked-events${path}`)
      expect(first.headers.get('cache-control'), path).toMatch(/^public, .*s-maxage=\d+.*stale-while-revalidate=\d+/)
      const etag = first.headers.get('etag')!
      expect(etag, path).toBeTruthy()
      const again = await follow(`${baseUrl}/api/linked-events${path}`, { 'If-None-Match': etag })
      expect(again.status, path).toBe(304)
      expect(await again.text()).toBe('')
      const changed = await follow(`${baseUrl}/api/linked-events${path}`, { 'If-None-Match': 'W/"something-else"' })
      expect(changed.status, path).toBe(200)
    }
  })

  it('finds inflected Finnish words and parts of compounds in the text filter', async () => {
    const names = async (text: string) =>
      (await get(`/v1/event/?text=${encodeURIComponent(text)}`)).body.data.map((e) => e.name.fi)
    expect(await names('pelimanneja')).toEqual(['Pelimanniilta'])
    expect(await names('kylässä')).toEqual(['Kyläilta: tuulivoima ja Veteli'])
    expect(await names('tuulivoimasta')).toEqual(['Kyläilta: tuulivoima ja Veteli'])
  })
})
