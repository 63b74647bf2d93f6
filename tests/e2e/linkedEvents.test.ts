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
})
