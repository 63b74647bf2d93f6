import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startStandIn, type StandIn } from '../../src/plugins/regional-calendar/standIn/server'

/** The regional calendar stand-in against shared/regional-calendar-api.md, over real HTTP. */

const DS = 'kaustisenseutu'
const KEY = 'test-key'
const START = new Date('2026-06-01T09:00:00Z')
let clock = START
let standIn: StandIn

beforeAll(async () => {
  standIn = await startStandIn({ dataSource: DS, apiKey: KEY, now: () => clock })
})
afterAll(() => standIn.stop())
beforeEach(async () => {
  standIn.reset()
  await standIn.clearFaults()
  clock = START
})

const later = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000)
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of every shape, asserted field by field
type Answer = { status: number; body: any; headers: Headers }

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { apikey: KEY },
): Promise<Answer> {
  const response = await fetch(`${standIn.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await response.text()
  const json = response.headers.get('content-type') === 'application/json'
  return { status: response.status, body: json ? JSON.parse(text) : text, headers: response.headers }
}

const ref = (kind: string, id: string) => ({ '@id': `${standIn.url}/v1/${kind}/${id}/` })
const place = (n = 7, fields: Record<string, unknown> = {}) => ({
  id: `${DS}:place-${n}`,
  name: { fi: 'Kansantaiteenkeskus' },
  ...fields,
})
const event = (fields: Record<string, unknown> = {}) => ({
  id: `${DS}:evt-42`,
  name: { fi: 'Pelimannikonsertti', sv: 'Spelmanskonsert' },
  short_description: { fi: 'Kansanmusiikkia', sv: 'Folkmusik' },
  description: { fi: '<p>Pitkä kuvaus</p>', sv: '<p>Lång beskrivning</p>' },
  start_time: '2026-07-08T18:00:00+03:00',
  end_time: '2026-07-08T21:00:00+03:00',
  location: ref('place', `${DS}:place-7`),
  keywords: [ref('keyword', 'yso:p1808')],
  offers: [{ is_free: false, price: { fi: '15 €' }, info_url: null }],
  external_links: [],
  images: [],
  event_status: 'EventScheduled',
  publication_status: 'public',
  publisher: `${DS}:org`,
  super_event: null,
  super_event_type: null,
  ...fields,
})

async function withPlace() {
  expect((await call('POST', '/v1/place/', place())).status).toBe(201)
}
async function created(fields: Record<string, unknown> = {}) {
  const answer = await call('POST', '/v1/event/', event(fields))
  expect(answer.status, JSON.stringify(answer.body)).toBe(201)
  return answer.body
}

describe('events', () => {
  beforeEach(withPlace)

  it('creates with the client’s id and answers with the remote’s fields', async () => {
    const body = await created()
    expect(body).toMatchObject({
      '@id': `${standIn.url}/v1/event/${DS}:evt-42/`,
      id: `${DS}:evt-42`,
      data_source: DS,
      deleted: false,
      last_modified_time: START.toISOString(),
      name: { fi: 'Pelimannikonsertti', sv: 'Spelmanskonsert' },
      location: ref('place', `${DS}:place-7`),
    })
    for (const path of [
      `/v1/event/${DS}:evt-42/`,
      `/v1/event/${DS}:evt-42`,
      `/v1/event/${encodeURIComponent(`${DS}:evt-42`)}/`,
    ])
      expect(await call('GET', path)).toMatchObject({ status: 200, body })
  })

  it('points references at the address the client used, whatever host they were sent with', async () => {
    const body = await created({ location: { '@id': `https://elsewhere.example/v1/place/${DS}:place-7/` } })
    expect(body.location).toEqual(ref('place', `${DS}:place-7`))
  })

  it('PUT replaces what is sent, keeps what is left out and bumps last_modified_time', async () => {
    await created()
    later(5)
    const { status, body } = await call('PUT', `/v1/event/${DS}:evt-42/`, {
      name: { fi: 'Uusi nimi' },
      event_status: 'EventCancelled',
    })
    expect(status).toBe(200)
    expect(body).toMatchObject({
      name: { fi: 'Uusi nimi' },
      event_status: 'EventCancelled',
      start_time: '2026-07-08T18:00:00+03:00',
    })
    expect(body.last_modified_time).toBe(clock.toISOString())
    expect(body.created_time).toBe(START.toISOString())
  })

  it('takes back its own GET answer as a PUT and ignores fields it does not keep', async () => {
    const body = await created({ favourite_colour: 'blue' })
    expect(body).not.toHaveProperty('favourite_colour')
    expect((await call('PUT', `/v1/event/${DS}:evt-42/`, body)).status).toBe(200)
    expect(await call('PUT', `/v1/event/${DS}:evt-42/`, { ...body, id: `${DS}:evt-43` })).toMatchObject({
      status: 400,
      body: { id: 'You may not change the id of an existing object.' },
    })
  })

  it('DELETE is a soft delete: then GET, PUT and DELETE are 410 and the id is never reused', async () => {
    await created()
    expect((await call('DELETE', `/v1/event/${DS}:evt-42/`)).status).toBe(204)
    const gone = { status: 410, body: { detail: 'Event has been deleted.' } }
    expect(await call('GET', `/v1/event/${DS}:evt-42/`)).toMatchObject(gone)
    expect(await call('PUT', `/v1/event/${DS}:evt-42/`, event())).toMatchObject(gone)
    expect(await call('DELETE', `/v1/event/${DS}:evt-42/`)).toMatchObject(gone)
    expect(await call('POST', '/v1/event/', event())).toMatchObject({
      status: 400,
      body: { id: 'An object with given id already exists.' },
    })
    expect(standIn.events()).toMatchObject([{ id: `${DS}:evt-42`, deleted: true, name: { fi: 'Pelimannikonsertti' } }])
  })

  it('answers 404 for an id that never existed', async () => {
    for (const method of ['GET', 'PUT', 'DELETE'])
      expect(await call(method, `/v1/event/${DS}:nothing/`, method === 'PUT' ? event() : undefined)).toMatchObject({
        status: 404,
        body: { detail: 'Not found.' },
      })
  })

  it('a second POST of an existing id is 400 "already exists" and changes nothing', async () => {
    await created()
    expect(await call('POST', '/v1/event/', event({ name: { fi: 'Toinen' } }))).toEqual(
      expect.objectContaining({ status: 400, body: { id: 'An object with given id already exists.' } }),
    )
    expect(standIn.events()[0].name).toEqual({ fi: 'Pelimannikonsertti', sv: 'Spelmanskonsert' })
  })

  it('accepts only ids of our data source; without an id it makes one', async () => {
    for (const id of ['helsinki:evt-42', `${DS}-other:evt-42`, `${DS}:`, 'evt-42']) {
      const { status, body } = await call('POST', '/v1/event/', event({ id }))
      expect(status).toBe(400)
      expect(body.id[0]).toMatch(/is not allowed for your organization/)
    }
    const { id: _omitted, ...withoutId } = event()
    const { status, body } = await call('POST', '/v1/event/', withoutId)
    expect(status).toBe(201)
    expect(body.id).toMatch(new RegExp(`^${DS}:.+`))
  })

  it('refuses a body that is not a JSON object', async () => {
    expect(await call('POST', '/v1/event/', '{"name": ')).toMatchObject({
      status: 400,
      body: { detail: expect.stringMatching(/^JSON parse error/) },
    })
    expect(await call('POST', '/v1/event/', [event()])).toMatchObject({
      status: 400,
      body: { non_field_errors: ['Invalid data. Expected a dictionary, but got list.'] },
    })
  })
})

describe('rules for a public event', () => {
  beforeEach(withPlace)
  const TO_PUBLISH = 'This field must be specified before an event is published.'
  const refused = async (fields: Record<string, unknown>) => {
    const answer = await call('POST', '/v1/event/', event(fields))
    expect(answer.status).toBe(400)
    return answer.body
  }

  it('name is required, even for a draft', async () => {
    expect(await refused({ name: undefined })).toEqual({ name: ['This field is required.'] })
    expect(await refused({ name: { fi: '' }, publication_status: 'draft' })).toEqual({
      name: ['This field is required.'],
    })
  })

  it('keywords (at least one), location, start_time and offers with is_free are required', async () => {
    expect(await refused({ keywords: [] })).toEqual({ keywords: TO_PUBLISH })
    expect(await refused({ location: null })).toEqual({ location: TO_PUBLISH })
    expect(await refused({ start_time: null, end_time: null })).toEqual({ start_time: TO_PUBLISH })
    expect(await refused({ offers: [] })).toEqual({
      offers: 'Price info must be specified before an event is published.',
    })
    expect(await refused({ offers: [{ price: { fi: '5 €' } }] })).toEqual({
      offers: 'Price info must be specified before an event is published.',
    })
    expect(await refused({ offers: [{ is_free: 'no' }] })).toEqual({
      offers: [{ is_free: ['Must be a valid boolean.'] }],
    })
  })

  it('a draft needs only its name', async () => {
    const draft = { id: `${DS}:draft-1`, name: { fi: 'Luonnos' }, publication_status: 'draft' }
    expect((await call('POST', '/v1/event/', draft)).status).toBe(201)
  })

  it('text fields are objects keyed by language; a plain string is 400', async () => {
    expect(await refused({ name: 'Pelimannikonsertti' })).toEqual({
      name: ['Expected a dictionary of items but got type "str".'],
    })
    expect(await refused({ description: '<p>x</p>' })).toEqual({
      description: ['Expected a dictionary of items but got type "str".'],
    })
    expect(await refused({ offers: [{ is_free: false, price: '15 €' }] })).toEqual({
      offers: [{ price: ['Expected a dictionary of items but got type "str".'] }],
    })
  })

  it('every language of the name needs a short description and a description', async () => {
    expect(await refused({ name: { fi: 'Konsertti', sv: 'Konsert', en: 'Concert' } })).toEqual({
      short_description: { en: TO_PUBLISH },
      description: { en: TO_PUBLISH },
    })
    expect(await refused({ short_description: { fi: 'Lyhyt', sv: '' } })).toEqual({
      short_description: { sv: TO_PUBLISH },
    })
  })

  it('a short description has at most 160 characters, counted as characters', async () => {
    const fiddles = '🎻'.repeat(160) // 320 UTF-16 code units, 160 characters
    await created({ short_description: { fi: fiddles, sv: 'ä'.repeat(160) } })
    expect(await refused({ id: `${DS}:evt-43`, short_description: { fi: 'Lyhyt', sv: 'ä'.repeat(161) } })).toEqual({
      short_description: { sv: 'Short description length must be 160 characters or less' },
    })
  })

  it('end_time before start_time is 400', async () => {
    expect(await refused({ end_time: '2026-07-08T17:00:00+03:00' })).toEqual({
      end_time: 'The event end time cannot be earlier than the start time.',
    })
  })

  it('times are ISO 8601 with an offset or a date alone', async () => {
    const wrong = { start_time: [expect.stringMatching(/^Datetime has wrong format/)] }
    expect(await refused({ start_time: '2026-07-08T18:00:00' })).toEqual(wrong)
    expect(await refused({ start_time: '8.7.2026 18.00' })).toEqual(wrong)
    const allDay = await created({ start_time: '2026-07-08', end_time: '2026-07-09' })
    expect(allDay).toMatchObject({ start_time: '2026-07-08', end_time: '2026-07-09' })
  })

  it('an end in the past is 400 on create; without an end the event lasts to the end of its day', async () => {
    clock = new Date('2026-07-08T19:00:00Z') // 22.00 in Helsinki
    expect(await refused({})).toEqual({ end_time: 'End time cannot be in the past. Please set a future end time.' })
    await created({ end_time: null })
    expect(await refused({ id: `${DS}:evt-43`, start_time: '2026-07-07T18:00:00+03:00', end_time: null })).toEqual({
      end_time: 'End time cannot be in the past. Please set a future end time.',
    })
  })

  it('editing an event that has already ended is 403; one under way may still be edited', async () => {
    await created()
    clock = new Date('2026-07-08T16:00:00Z') // 19.00 in Helsinki: under way
    expect((await call('PUT', `/v1/event/${DS}:evt-42/`, { name: { fi: 'Muutettu' } })).status).toBe(200)
    clock = new Date('2026-07-08T18:30:00Z') // 21.30: over
    expect(await call('PUT', `/v1/event/${DS}:evt-42/`, event())).toMatchObject({
      status: 403,
      body: { detail: 'Cannot edit a past event.' },
    })
  })

  it('deleting an event that has ended is 403 like an edit: past events stay as history', async () => {
    await created()
    clock = new Date('2026-07-08T18:30:00Z') // 21.30 in Helsinki: over
    expect(await call('DELETE', `/v1/event/${DS}:evt-42/`)).toMatchObject({
      status: 403,
      body: { detail: 'Cannot edit a past event.' },
    })
    expect((await call('GET', `/v1/event/${DS}:evt-42/`)).body.deleted).toBe(false)
  })

  it('an online event points at the shared system:internet place, which clients never write', async () => {
    const online = await created({
      location: ref('place', 'system:internet'),
      is_virtualevent: true,
      virtualevent_url: 'https://stream.example/42',
    })
    expect(online).toMatchObject({ is_virtualevent: true, virtualevent_url: 'https://stream.example/42' })
    expect((await call('GET', '/v1/place/system:internet/')).body).toMatchObject({ id: 'system:internet' })
    expect((await call('PUT', '/v1/place/system:internet/', { name: { fi: 'Oma' } })).status).toBe(403)
    expect((await call('DELETE', '/v1/place/system:internet/')).status).toBe(403)
    expect(await refused({ id: `${DS}:evt-43`, is_virtualevent: true, virtualevent_url: null })).toEqual({
      virtualevent_url: 'Virtual event URL must be specified for a virtual event.',
    })
    expect(await refused({ id: `${DS}:evt-44`, is_virtualevent: 'yes' })).toEqual({
      is_virtualevent: ['Must be a valid boolean.'],
    })
  })

  it('an all-day event can be edited all its day in Helsinki and not after', async () => {
    await created({ start_time: '2026-07-08', end_time: '2026-07-08' })
    clock = new Date('2026-07-08T20:59:00Z') // 23.59 in Helsinki
    expect((await call('PUT', `/v1/event/${DS}:evt-42/`, { name: { fi: 'Muutettu' } })).status).toBe(200)
    clock = new Date('2026-07-08T21:01:00Z') // 00.01 the next day
    expect((await call('PUT', `/v1/event/${DS}:evt-42/`, { name: { fi: 'Myöhässä' } })).status).toBe(403)
  })

  it('unknown keyword or place ids are 400, as is a deleted place', async () => {
    expect(await refused({ keywords: [ref('keyword', 'yso:p1808'), ref('keyword', 'yso:p999999')] })).toEqual({
      keywords: ['Invalid hyperlink - Object does not exist.'],
    })
    expect(await refused({ location: ref('place', `${DS}:place-8`) })).toEqual({
      location: ['Invalid hyperlink - Object does not exist.'],
    })
    expect(await refused({ location: { '@id': 'https://elsewhere.example/v1/event/x/' } })).toEqual({
      location: ['Invalid hyperlink - No URL match.'],
    })
    expect(await refused({ location: `${DS}:place-7` })).toEqual({
      location: ['Incorrect JSON. Expected JSON, received str.'],
    })
    await call('DELETE', `/v1/place/${DS}:place-7/`)
    expect(await refused({})).toEqual({ location: ['Invalid hyperlink - Object does not exist.'] })
  })

  it('a PUT is judged as the whole event it leaves behind', async () => {
    await created()
    expect(await call('PUT', `/v1/event/${DS}:evt-42/`, { name: { fi: 'Konsertti', en: 'Concert' } })).toMatchObject({
      status: 400,
      body: { short_description: { en: TO_PUBLISH }, description: { en: TO_PUBLISH } },
    })
  })
})

describe('recurring events', () => {
  beforeEach(withPlace)

  it('a parent with super_event_type "recurring" and children pointing at it', async () => {
    const parent = await created({
      id: `${DS}:evt-50`,
      super_event_type: 'recurring',
      end_time: '2026-07-22T21:00:00+03:00',
    })
    for (const day of ['20260708', '20260715', '20260722']) {
      const date = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`
      const child = await created({
        id: `${DS}:evt-50-${day}`,
        start_time: `${date}T18:00:00+03:00`,
        end_time: `${date}T21:00:00+03:00`,
        super_event: { '@id': parent['@id'] },
      })
      expect(child.super_event).toEqual({ '@id': parent['@id'] })
    }
    const children = standIn.events().filter((stored) => stored.super_event)
    expect(children.map((child) => child.id)).toEqual([
      `${DS}:evt-50-20260708`,
      `${DS}:evt-50-20260715`,
      `${DS}:evt-50-20260722`,
    ])
  })

  it('the parent must exist and not be deleted', async () => {
    const orphan = await call(
      'POST',
      '/v1/event/',
      event({ id: `${DS}:evt-51-20260708`, super_event: ref('event', `${DS}:evt-51`) }),
    )
    expect(orphan).toMatchObject({ status: 400, body: { super_event: ['Invalid hyperlink - Object does not exist.'] } })
    await created({ id: `${DS}:evt-51`, super_event_type: 'recurring' })
    await call('DELETE', `/v1/event/${DS}:evt-51/`)
    expect(
      (
        await call(
          'POST',
          '/v1/event/',
          event({ id: `${DS}:evt-51-20260708`, super_event: ref('event', `${DS}:evt-51`) }),
        )
      ).status,
    ).toBe(400)
    expect(await call('POST', '/v1/event/', event({ super_event_type: 'weekly' }))).toMatchObject({
      status: 400,
      body: { super_event_type: ['"weekly" is not a valid choice.'] },
    })
  })
})

describe('lists', () => {
  beforeEach(async () => {
    await withPlace()
    for (const n of [1, 2, 3, 4, 5]) {
      later(1)
      await created({ id: `${DS}:evt-${n}` })
    }
  })
  const ids = (answer: Answer) => answer.body.data.map((item: { id: string }) => item.id)

  it('pages with absolute next and previous URLs, newest change first', async () => {
    const first = await call('GET', `/v1/event/?data_source=${DS}&page_size=2`)
    expect(first.body.meta).toEqual({
      count: 5,
      next: `${standIn.url}/v1/event/?data_source=${DS}&page_size=2&page=2`,
      previous: null,
    })
    expect(ids(first)).toEqual([`${DS}:evt-5`, `${DS}:evt-4`])
    const seen = [...ids(first)]
    let next: string | null = first.body.meta.next
    while (next) {
      const page = await fetch(next).then((response) => response.json())
      seen.push(...page.data.map((item: { id: string }) => item.id))
      next = page.meta.next
    }
    expect(seen).toEqual([5, 4, 3, 2, 1].map((n) => `${DS}:evt-${n}`))
    const second = await call('GET', `/v1/event/?data_source=${DS}&page_size=2&page=2`)
    expect(second.body.meta.previous).toBe(`${standIn.url}/v1/event/?data_source=${DS}&page_size=2`)
  })

  it('page_size is at most 100 and defaults to 20; a page out of range is 404', async () => {
    for (const n of Array.from({ length: 120 }, (_, i) => i + 100)) await created({ id: `${DS}:evt-${n}` })
    expect((await call('GET', '/v1/event/?page_size=500')).body.data).toHaveLength(100)
    expect((await call('GET', '/v1/event/')).body.data).toHaveLength(20)
    expect(await call('GET', '/v1/event/?page=99')).toMatchObject({ status: 404, body: { detail: 'Invalid page.' } })
    expect((await call('GET', '/v1/event/?page_size=100&page=2')).body.data).toHaveLength(25)
  })

  it('filters by data source', async () => {
    expect((await call('GET', '/v1/event/?data_source=helsinki')).body.meta.count).toBe(0)
    expect((await call('GET', `/v1/event/?data_source=helsinki,${DS}`)).body.meta.count).toBe(5)
  })

  it('last_modified_since gives what changed at or after that time', async () => {
    const since = new Date(START.getTime() + 4 * 60_000).toISOString()
    expect(ids(await call('GET', `/v1/event/?last_modified_since=${since}`))).toEqual([`${DS}:evt-5`, `${DS}:evt-4`])
    later(10)
    await call('PUT', `/v1/event/${DS}:evt-1/`, { name: { fi: 'Muutettu' } })
    expect(
      ids(await call('GET', `/v1/event/?last_modified_since=${encodeURIComponent('2026-06-01T12:10:00+03:00')}`)),
    ).toEqual([`${DS}:evt-1`])
    expect(await call('GET', '/v1/event/?last_modified_since=yesterday')).toMatchObject({ status: 400 })
  })

  it('hides deleted events unless show_deleted, and then shows them as tombstones', async () => {
    later(1)
    await call('DELETE', `/v1/event/${DS}:evt-3/`)
    expect(ids(await call('GET', '/v1/event/'))).not.toContain(`${DS}:evt-3`)
    const all = await call('GET', `/v1/event/?show_deleted=true&last_modified_since=${clock.toISOString()}`)
    expect(all.body.data).toEqual([
      {
        '@id': `${standIn.url}/v1/event/${DS}:evt-3/`,
        id: `${DS}:evt-3`,
        name: { fi: 'POISTETTU', sv: 'RADERAD', en: 'DELETED' },
        last_modified_time: clock.toISOString(),
        deleted: true,
        data_source: DS,
        replaced_by: null,
      },
    ])
  })
})

describe('places', () => {
  it('work like events: create, get, update keeping what is left out, soft delete', async () => {
    const { status, body } = await call('POST', '/v1/place/', place(7, { street_address: { fi: 'Kaustisentie 1' } }))
    expect(status).toBe(201)
    expect(body).toMatchObject({
      '@id': `${standIn.url}/v1/place/${DS}:place-7/`,
      id: `${DS}:place-7`,
      deleted: false,
      data_source: DS,
    })
    expect(await call('GET', `/v1/place/${DS}:place-7`)).toMatchObject({ status: 200, body })
    const updated = await call('PUT', `/v1/place/${DS}:place-7/`, { name: { fi: 'Uusi nimi', sv: 'Nytt namn' } })
    expect(updated.body).toMatchObject({
      name: { fi: 'Uusi nimi', sv: 'Nytt namn' },
      street_address: { fi: 'Kaustisentie 1' },
    })
    expect((await call('GET', '/v1/place/')).body.meta.count).toBe(1)
    expect((await call('DELETE', `/v1/place/${DS}:place-7/`)).status).toBe(204)
    expect(await call('GET', `/v1/place/${DS}:place-7/`)).toMatchObject({
      status: 410,
      body: { detail: 'Place has been deleted.' },
    })
    expect(await call('POST', '/v1/place/', place(7))).toMatchObject({
      status: 400,
      body: { id: 'An object with given id already exists.' },
    })
    expect(standIn.places()).toMatchObject([{ id: `${DS}:place-7`, deleted: true }])
  })

  it('need a name in an object keyed by language and an id of our data source', async () => {
    expect(await call('POST', '/v1/place/', { id: `${DS}:place-1` })).toMatchObject({
      status: 400,
      body: { name: ['This field is required.'] },
    })
    expect(await call('POST', '/v1/place/', place(1, { street_address: 'Kaustisentie 1' }))).toMatchObject({
      status: 400,
      body: { street_address: ['Expected a dictionary of items but got type "str".'] },
    })
    expect((await call('POST', '/v1/place/', { ...place(1), id: 'helsinki:place-1' })).status).toBe(400)
    expect((await call('PUT', `/v1/place/${DS}:place-404/`, place(404))).status).toBe(404)
  })
})

describe('keywords', () => {
  it('lists the YSO keywords the remote knows and answers for one', async () => {
    const { body } = await call('GET', '/v1/keyword/?page_size=100')
    expect(body.meta).toMatchObject({ next: null, previous: null })
    expect(body.data.map((keyword: { id: string }) => keyword.id)).toEqual(
      expect.arrayContaining(['yso:p1808', 'yso:p4354', 'yso:p916', 'yso:p1235', 'yso:p1278', 'yso:p360']),
    )
    expect(await call('GET', '/v1/keyword/yso:p1808/')).toMatchObject({
      status: 200,
      body: {
        '@id': `${standIn.url}/v1/keyword/yso:p1808/`,
        id: 'yso:p1808',
        name: { fi: 'musiikki' },
        data_source: 'yso',
      },
    })
    expect((await call('GET', '/v1/keyword/yso:p999999/')).status).toBe(404)
    expect((await call('POST', '/v1/keyword/', { id: 'yso:p1' })).status).toBe(405)
  })

  it('knows only the keywords it is given', async () => {
    const narrow = await startStandIn({ dataSource: DS, keywords: ['yso:p1808'] })
    try {
      const { data } = await fetch(`${narrow.url}/v1/keyword/`).then((response) => response.json())
      expect(data.map((keyword: { id: string }) => keyword.id)).toEqual(['yso:p1808'])
    } finally {
      await narrow.stop()
    }
  })
})

describe('api key and routes', () => {
  it('writes need the right apikey header; reads do not', async () => {
    expect(await call('POST', '/v1/place/', place(), {})).toMatchObject({
      status: 401,
      body: { detail: 'Authentication credentials were not provided.' },
    })
    expect((await call('POST', '/v1/place/', place(), { apikey: 'wrong' })).status).toBe(401)
    expect((await call('PUT', `/v1/place/${DS}:place-7/`, place(), {})).status).toBe(401)
    expect((await call('DELETE', `/v1/place/${DS}:place-7/`, undefined, {})).status).toBe(401)
    expect((await call('GET', '/v1/place/', undefined, {})).status).toBe(200)
    expect(standIn.places()).toEqual([])
  })

  it('without an api key configured, writes are open', async () => {
    const open = await startStandIn({ dataSource: DS })
    try {
      const response = await fetch(`${open.url}/v1/place/`, { method: 'POST', body: JSON.stringify(place()) })
      expect(response.status).toBe(201)
    } finally {
      await open.stop()
    }
  })

  it('unknown paths are 404 and unsupported methods 405, with a detail', async () => {
    expect(await call('GET', '/v2/event/')).toMatchObject({ status: 404, body: { detail: 'Not found.' } })
    expect(await call('GET', '/v1/organization/')).toMatchObject({ status: 404, body: { detail: 'Not found.' } })
    const answer = await call('DELETE', '/v1/event/')
    expect(answer).toMatchObject({ status: 405, body: { detail: 'Method "DELETE" not allowed.' } })
    expect(answer.headers.get('allow')).toBe('GET, POST')
  })

  it('logs every request with its outcome', async () => {
    await call('POST', '/v1/place/', place())
    await call('GET', `/v1/place/${DS}:place-7/?x=1`)
    expect(standIn.requests()).toEqual([
      { method: 'POST', path: '/v1/place/', status: 201, at: expect.any(String) },
      { method: 'GET', path: `/v1/place/${DS}:place-7/?x=1`, status: 200, at: expect.any(String) },
    ])
  })
})

describe('faults', () => {
  const errorCode = async (request: Promise<unknown>) => {
    const error = await request.then(
      () => undefined,
      (rejection: Error & { cause?: { code?: string; name?: string } }) => rejection,
    )
    expect(error, 'the request should have failed').toBeDefined()
    return error!.cause?.code ?? error!.cause?.name ?? error!.name
  }

  it('down: connections are refused until cleared, then the same port answers again', async () => {
    await call('POST', '/v1/place/', place())
    standIn.fault({ kind: 'down' })
    expect(await errorCode(fetch(`${standIn.url}/v1/place/`))).toBe('ECONNREFUSED')
    expect(await errorCode(fetch(`${standIn.url}/v1/place/`))).toBe('ECONNREFUSED')
    await standIn.clearFaults()
    expect((await call('GET', `/v1/place/${DS}:place-7/`)).status).toBe(200)
    expect(() => standIn.fault({ kind: 'down' }, { times: 1 })).toThrow(/times, method and path do not apply/)
  })

  it('down for a while reopens by itself', async () => {
    standIn.fault({ kind: 'down', ms: 150 })
    expect(await errorCode(fetch(`${standIn.url}/v1/place/`))).toBe('ECONNREFUSED')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect((await call('GET', '/v1/place/')).status).toBe(200)
  })

  it('slow: a client with a timeout gives up, but the write still lands', async () => {
    standIn.fault({ kind: 'slow', ms: 300 }, { times: 1 })
    const request = fetch(`${standIn.url}/v1/place/`, {
      method: 'POST',
      headers: { apikey: KEY },
      body: JSON.stringify(place()),
      signal: AbortSignal.timeout(50),
    })
    expect(await errorCode(request)).toBe('TimeoutError')
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(standIn.places()).toHaveLength(1)
    expect(standIn.requests()).toEqual([expect.objectContaining({ method: 'POST', status: 'lost' })])
    expect((await call('GET', '/v1/place/')).status).toBe(200)
  })

  it('status: 500, 502 and 503 answer with an HTML page and change nothing', async () => {
    for (const status of [500, 502, 503] as const) {
      standIn.fault({ kind: 'status', status }, { times: 1 })
      const answer = await call('POST', '/v1/place/', place())
      expect(answer.status).toBe(status)
      expect(answer.headers.get('content-type')).toMatch(/^text\/html/)
    }
    expect(standIn.places()).toEqual([])
    expect((await call('POST', '/v1/place/', place())).status).toBe(201)
  })

  it('faults with a probability hit about that share of requests, drawn once across them', async () => {
    standIn.fault({ kind: 'status', status: 503 }, { probability: 0.3, method: 'GET' })
    standIn.fault({ kind: 'rateLimit', retryAfterSeconds: 1 }, { probability: 0.2, method: 'GET' })
    const statuses: number[] = []
    for (let i = 0; i < 300; i++) statuses.push((await call('GET', '/v1/keyword/')).status)
    const share = (status: number) => statuses.filter((s) => s === status).length / statuses.length
    expect(share(503)).toBeGreaterThan(0.2)
    expect(share(503)).toBeLessThan(0.4)
    expect(share(429)).toBeGreaterThan(0.12)
    expect(share(429)).toBeLessThan(0.28)
    expect(share(200)).toBeGreaterThan(0.4)
  }, 60_000)

  it('rateLimit: 429 with Retry-After, and nothing done', async () => {
    standIn.fault({ kind: 'rateLimit', retryAfterSeconds: 30 })
    const answer = await call('POST', '/v1/place/', place())
    expect(answer).toMatchObject({
      status: 429,
      body: { detail: 'Request was throttled. Expected available in 30 seconds.' },
    })
    expect(answer.headers.get('retry-after')).toBe('30')
    expect((await call('GET', '/v1/place/')).status).toBe(429)
    expect(standIn.places()).toEqual([])
  })

  it('loseResponse: the client sees a socket error, the write happened, the retry meets "already exists"', async () => {
    standIn.fault({ kind: 'loseResponse' }, { times: 1, method: 'POST' })
    const request = fetch(`${standIn.url}/v1/place/`, {
      method: 'POST',
      headers: { apikey: KEY },
      body: JSON.stringify(place()),
    })
    expect(await errorCode(request)).toMatch(/UND_ERR_SOCKET|ECONNRESET/)
    expect(standIn.places()).toHaveLength(1)
    expect(await call('POST', '/v1/place/', place())).toMatchObject({
      status: 400,
      body: { id: 'An object with given id already exists.' },
    })
    expect(standIn.requests().map((request) => request.status)).toEqual(['lost', 400])
  })

  it('a fault can be limited by method and path prefix and a number of times', async () => {
    await call('POST', '/v1/place/', place())
    standIn.fault({ kind: 'status', status: 503 }, { method: 'put', path: '/v1/place/', times: 2 })
    expect((await call('GET', `/v1/place/${DS}:place-7/`)).status).toBe(200)
    expect((await call('PUT', '/v1/event/x/', event())).status).toBe(404)
    expect((await call('PUT', `/v1/place/${DS}:place-7/`, place())).status).toBe(503)
    expect((await call('PUT', `/v1/place/${DS}:place-7/`, place())).status).toBe(503)
    expect((await call('PUT', `/v1/place/${DS}:place-7/`, place())).status).toBe(200)
  })
})

describe('latency', () => {
  it('is added to every request', async () => {
    const slow = await startStandIn({ dataSource: DS, latencyMs: 50 })
    try {
      const started = performance.now()
      await fetch(`${slow.url}/v1/event/`)
      expect(performance.now() - started).toBeGreaterThanOrEqual(45)
    } finally {
      await slow.stop()
    }
  })
})

describe('control endpoints', () => {
  const control = (method: string, path: string, body?: unknown) => call(method, `/__control/${path}`, body, {})

  it('POST /__control/faults sets a fault, DELETE clears it, GET /__control/state shows everything', async () => {
    await call('POST', '/v1/place/', place())
    expect(
      await control('POST', 'faults', { fault: { kind: 'status', status: 503 }, times: 2, path: '/v1/event/' }),
    ).toMatchObject({
      status: 200,
      body: { down: false, faults: [{ fault: { kind: 'status', status: 503 }, remaining: 2, path: '/v1/event/' }] },
    })
    expect((await call('GET', '/v1/event/')).status).toBe(503)
    const { body: state } = await control('GET', 'state')
    expect(state).toMatchObject({
      url: standIn.url,
      dataSource: DS,
      faults: [{ remaining: 1 }],
      places: [{ id: `${DS}:place-7` }],
      events: [],
      requests: [
        { method: 'POST', status: 201 },
        { method: 'GET', status: 503 },
      ],
    })
    expect((await control('DELETE', 'faults')).status).toBe(204)
    expect((await call('GET', '/v1/event/')).status).toBe(200)
  })

  it('POST /__control/reset forgets events, places and the request log', async () => {
    await call('POST', '/v1/place/', place())
    expect((await control('POST', 'reset')).status).toBe(204)
    expect(standIn.places()).toEqual([])
    expect(standIn.requests()).toEqual([])
  })

  it('refuses a fault it does not understand, and "down" without "ms" (nothing could clear it)', async () => {
    expect((await control('POST', 'faults', { fault: { kind: 'flaky' } })).status).toBe(400)
    expect((await control('POST', 'faults', { fault: { kind: 'status', status: 418 } })).status).toBe(400)
    expect((await control('POST', 'faults', { fault: { kind: 'slow', ms: 10 }, times: 0 })).status).toBe(400)
    expect(await control('POST', 'faults', { fault: { kind: 'down' } })).toMatchObject({
      status: 400,
      body: { detail: expect.stringMatching(/needs "ms"/) },
    })
    expect((await control('GET', 'nothing')).status).toBe(404)
  })

  it('"down" with "ms" answers, then refuses connections until it reopens', async () => {
    expect((await control('POST', 'faults', { fault: { kind: 'down', ms: 200 } })).status).toBe(202)
    await new Promise((resolve) => setTimeout(resolve, 50))
    await expect(fetch(`${standIn.url}/v1/event/`)).rejects.toThrow()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect((await call('GET', '/v1/event/')).status).toBe(200)
  })
})

describe('editing by hand on the remote', () => {
  it('changes show in GET and in last_modified_since; deletions make GET 410', async () => {
    await withPlace()
    await created()
    later(3)
    standIn.editByHand(`${DS}:evt-42`, { name: { fi: 'Käsin korjattu' } })
    const { body } = await call('GET', `/v1/event/?last_modified_since=${clock.toISOString()}`)
    expect(body.data).toMatchObject([
      { id: `${DS}:evt-42`, name: { fi: 'Käsin korjattu' }, last_modified_time: clock.toISOString() },
    ])
    standIn.deleteByHand(`${DS}:place-7`)
    expect((await call('GET', `/v1/place/${DS}:place-7/`)).status).toBe(410)
    expect(() => standIn.editByHand(`${DS}:evt-404`, {})).toThrow(/no event or place/)
  })
})

describe('state file', () => {
  it('keeps events and places, deleted ones too, across a restart', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'seutu-stand-in-'))
    const stateFile = path.join(dir, 'nested', 'regional-calendar.json')
    try {
      const first = await startStandIn({ dataSource: DS, stateFile })
      const post = (url: string, kind: string, body: unknown) =>
        fetch(`${url}/v1/${kind}/`, { method: 'POST', body: JSON.stringify(body) })
      await post(first.url, 'place', place())
      await post(first.url, 'event', {
        ...event({
          location: { '@id': `${first.url}/v1/place/${DS}:place-7/` },
          keywords: [{ '@id': `${first.url}/v1/keyword/yso:p1808/` }],
        }),
        start_time: '2099-07-08T18:00:00+03:00',
        end_time: '2099-07-08T21:00:00+03:00',
      })
      await fetch(`${first.url}/v1/place/${DS}:place-7/`, { method: 'DELETE' })
      await first.stop()

      const second = await startStandIn({ dataSource: DS, stateFile })
      try {
        expect((await fetch(`${second.url}/v1/event/${DS}:evt-42/`)).status).toBe(200)
        expect((await fetch(`${second.url}/v1/place/${DS}:place-7/`)).status).toBe(410)
        expect(second.events()[0].location).toEqual({ '@id': `${second.url}/v1/place/${DS}:place-7/` })
      } finally {
        await second.stop()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
