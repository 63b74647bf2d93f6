import pg from 'pg'
import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrganisation, inDays, testPayload, unique } from '../helpers/payload'

let payload: Payload
let organisation: number
let municipality: number
const database = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
afterAll(() => database.end())

beforeAll(async () => {
  payload = await testPayload()
  organisation = (await createOrganisation(payload)).id
  municipality = (await payload.find({ collection: 'municipalities', where: { code: { equals: '236' } } })).docs[0].id
})

/** When each tag last went stale, as every app instance's cache handler reads it. */
const staleAt = async (tag: string): Promise<string | undefined> =>
  (await database.query(`SELECT revalidated_at::text AS at FROM next_cache_tags WHERE tag = $1`, [tag])).rows[0]?.at

const event = () => ({
  name: unique('Välimuisti'),
  shortDescription: 'Testi',
  startsAt: inDays(5),
  startsAt_tz: 'Europe/Helsinki' as const,
  eventStatus: 'scheduled' as const,
  onlineUrl: 'https://example.org',
  organiser: organisation,
  _status: 'published' as const,
})

describe('cache tags in PostgreSQL (works in job workers, where Next’s revalidateTag does not)', () => {
  it('marks a collection’s tags stale on create, update and delete, outside any Next request', async () => {
    const before = await staleAt('events')
    const created = await payload.create({ collection: 'events', data: event() })
    const afterCreate = await staleAt('events')
    expect(afterCreate).toBeDefined()
    expect(afterCreate).not.toBe(before)
    await payload.update({ collection: 'events', id: created.id, data: { _status: 'draft' } })
    const afterUnpublish = await staleAt('events')
    expect(afterUnpublish).not.toBe(afterCreate)
    await payload.delete({ collection: 'events', id: created.id })
    expect(await staleAt('events')).not.toBe(afterUnpublish)
  })

  it('marks an event’s own page stale on its change and delete, never another event’s', async () => {
    const one = (await payload.create({ collection: 'events', data: event() })).id
    const other = (await payload.create({ collection: 'events', data: event() })).id
    const [ownBefore, otherBefore, listsBefore] = await Promise.all(
      [`event:${one}`, `event:${other}`, 'events'].map(staleAt),
    )
    expect(ownBefore).toBeDefined()
    await payload.update({ collection: 'events', id: one, data: { shortDescription: 'Muutettu' } })
    const ownAfterUpdate = await staleAt(`event:${one}`)
    expect(ownAfterUpdate).not.toBe(ownBefore)
    // The lists and feeds show every event: they go stale too.
    expect(await staleAt('events')).not.toBe(listsBefore)
    expect(await staleAt(`event:${other}`)).toBe(otherBefore)
    await payload.delete({ collection: 'events', id: one })
    expect(await staleAt(`event:${one}`)).not.toBe(ownAfterUpdate)
    expect(await staleAt(`event:${other}`)).toBe(otherBefore)
    await payload.delete({ collection: 'events', id: other })
  })

  it('marks an organisation’s change stale for the event pages that name it, not the event lists', async () => {
    const [organisations, events] = await Promise.all(['organisations', 'events'].map(staleAt))
    await payload.update({ collection: 'organisations', id: organisation, data: { name: unique('Järjestäjä') } })
    expect(await staleAt('organisations')).not.toBe(organisations)
    expect(await staleAt('events')).toBe(events)
  })

  it('marks a place’s change stale for the events that show it too', async () => {
    const places = await staleAt('places')
    const events = await staleAt('events')
    await payload.create({ collection: 'places', data: { name: unique('Paikka'), postcode: '69600', municipality } })
    expect(await staleAt('places')).not.toBe(places)
    expect(await staleAt('events')).not.toBe(events)
  })

  it('writes in the change’s own transaction: a change that rolls back marks nothing', async () => {
    const before = await staleAt('events')
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.create({ collection: 'events', data: event(), req })
    // Not visible to anyone else before the commit…
    expect(await staleAt('events')).toBe(before)
    await killTransaction(req)
    // …and gone with the change.
    expect(await staleAt('events')).toBe(before)
  })
})
