import { spawn, type ChildProcess } from 'node:child_process'
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, initTransaction, killTransaction, type Endpoint, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startStandIn, type StandIn } from '../../src/plugins/regional-calendar/standIn/server'
import type { Event, User } from '../../src/payload-types'
import { allowed, createOrganisation, createUser, fieldError, inDays, testPayload, unique } from '../helpers/payload'
import { appEnv, PAYLOAD_CLI, root, runNode } from '../helpers/testDatabase'

/**
 * The sync against the stand-in regional calendar over real HTTP, on real PostgreSQL. Jobs are
 * run by hand here (`payload.jobs.run`), one batch at a time, so each test decides when "later"
 * is; `npm run dev` and production run the same jobs from a worker.
 */

const QUEUE = 'regional-calendar'
let payload: Payload
let standIn: StandIn
let organisation: number
let placeId: number
let topicId: number
let municipalityId: number

const published = (overrides: Partial<Event> = {}) => ({
  name: unique('Pelimanni-ilta'),
  shortDescription: 'Kansanmusiikkia Kaustisella.',
  startsAt: inDays(10),
  startsAt_tz: 'Europe/Helsinki' as const,
  endsAt: inDays(10, 21),
  endsAt_tz: 'Europe/Helsinki' as const,
  place: placeId,
  organiser: organisation,
  topics: [topicId],
  isFree: true,
  eventStatus: 'scheduled' as const,
  _status: 'published' as const,
  ...overrides,
})

const remoteId = (eventId: number) => `kaustisenseutu:evt-${eventId}`
/** Writes addressed to one remote id (a create is addressed to the collection, so it is not among them). */
const writesTo = (id: string) => standIn.requests().filter((r) => r.method !== 'GET' && r.path.includes(`/${id}/`))
const stateOf = async (eventId: number) =>
  (
    await payload.find({
      collection: 'regional-calendar-sync',
      where: { eventId: { equals: eventId } },
      limit: 1,
      overrideAccess: true,
    })
  ).docs[0]
const pendingJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: QUEUE } }, { completedAt: { exists: false } }] },
      limit: 100,
      overrideAccess: true,
    })
  ).docs

/** Runs every job that is due, batch after batch, as a worker would. */
async function runJobs() {
  for (let round = 0; round < 20; round++) {
    const result = await payload.jobs.run({ queue: QUEUE, limit: 50 })
    if (result.noJobsRemaining) return
  }
  throw new Error('jobs kept coming')
}

/** "Later": every waiting retry becomes due now. */
async function timePasses() {
  await payload.update({
    collection: 'payload-jobs',
    where: { waitUntil: { exists: true } },
    data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    overrideAccess: true,
  })
}

beforeAll(async () => {
  standIn = await startStandIn({ dataSource: 'kaustisenseutu', apiKey: 'test-key' })
  Object.assign(process.env, {
    REGIONAL_CALENDAR_URL: standIn.url,
    REGIONAL_CALENDAR_API_KEY: 'test-key',
    REGIONAL_CALENDAR_TIMEOUT_MS: '1000',
  })
  payload = await testPayload()
  organisation = (await createOrganisation(payload)).id
  const municipality = (await payload.find({ collection: 'municipalities', where: { code: { equals: '236' } } }))
    .docs[0]
  municipalityId = municipality.id
  placeId = (
    await payload.create({
      collection: 'places',
      data: { name: 'Kansantaiteenkeskus', postcode: '69600', municipality: municipality.id },
    })
  ).id
  const topic = await payload.find({ collection: 'topics', where: { ysoId: { equals: 'yso:p1808' } } })
  topicId =
    topic.docs[0]?.id ??
    (await payload.create({ collection: 'topics', data: { name: 'Musiikki', ysoId: 'yso:p1808' } })).id
})

afterAll(async () => {
  delete process.env.REGIONAL_CALENDAR_URL
  delete process.env.REGIONAL_CALENDAR_API_KEY
  delete process.env.REGIONAL_CALENDAR_TIMEOUT_MS
  await payload.delete({ collection: 'payload-jobs', where: { queue: { equals: QUEUE } }, overrideAccess: true })
  await standIn?.stop()
})

beforeEach(async () => {
  await standIn.clearFaults()
  await runJobs()
  standIn.reset()
  await payload.delete({ collection: 'payload-jobs', where: { queue: { equals: QUEUE } }, overrideAccess: true })
  // The remote has forgotten every place too.
  await payload.delete({
    collection: 'regional-calendar-places',
    where: { id: { exists: true } },
    overrideAccess: true,
  })
})

describe('the sync follows an event’s life exactly once', () => {
  it('create → update → cancel → delete reach the remote once each, the place first', async () => {
    const doc = await payload.create({ collection: 'events', data: published() })
    const id = remoteId(doc.id)
    // Queued in the change's transaction; nothing sent yet.
    expect((await stateOf(doc.id))?.state).toBe('queued')
    expect(standIn.requests()).toEqual([])
    await runJobs()

    const writes = standIn.requests().filter((r) => r.method !== 'GET')
    expect(writes.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual(['POST /v1/place/', 'POST /v1/event/'])
    const remote = standIn.events().find((e) => e.id === id)!
    expect(remote).toMatchObject({
      name: { fi: doc.name },
      event_status: 'EventScheduled',
      location: { '@id': `${standIn.url}/v1/place/kaustisenseutu:place-${placeId}/` },
    })
    expect(remote.keywords).toEqual([{ '@id': `${standIn.url}/v1/keyword/yso:p1808/` }])
    const synced = await stateOf(doc.id)
    expect(synced).toMatchObject({
      state: 'synced',
      remoteId: id,
      remoteUrl: `${standIn.url}/v1/event/${id}/`,
      attempts: 0,
    })
    expect(synced?.syncedAt).toBeTruthy()

    await payload.update({ collection: 'events', id: doc.id, data: { name: 'Pelimanni-ilta (uusi aika)' } })
    await runJobs()
    await payload.update({ collection: 'events', id: doc.id, data: { eventStatus: 'cancelled' } })
    await runJobs()
    expect(standIn.events().find((e) => e.id === id)).toMatchObject({
      name: { fi: 'Pelimanni-ilta (uusi aika)' },
      event_status: 'EventCancelled',
      deleted: false,
    })

    await payload.delete({ collection: 'events', id: doc.id })
    await runJobs()
    expect(standIn.events().find((e) => e.id === id)?.deleted).toBe(true)
    expect(await stateOf(doc.id)).toBeUndefined()

    const eventWrites = standIn
      .requests()
      .filter((r) => r.method !== 'GET' && r.path.startsWith('/v1/event/'))
      .map((r) => r.method)
    expect(eventWrites).toEqual(['POST', 'PUT', 'PUT', 'DELETE'])
  })

  it('a change that rolls back queues nothing', async () => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const doc = await payload.create({ collection: 'events', data: published(), req })
    await killTransaction(req)
    expect(await pendingJobs()).toEqual([])
    await runJobs()
    expect(standIn.events().filter((e) => e.id === remoteId(doc.id))).toEqual([])
  })

  it('a draft never reaches the remote; publishing sends it, unpublishing removes it', async () => {
    const draft = await payload.create({ collection: 'events', data: published({ _status: 'draft' }), draft: true })
    await runJobs()
    expect(await stateOf(draft.id)).toBeUndefined()
    expect(standIn.requests()).toEqual([])

    await payload.update({ collection: 'events', id: draft.id, data: { _status: 'published' } })
    await runJobs()
    expect((await stateOf(draft.id))?.state).toBe('synced')

    // A draft saved over the published version changes nothing the remote sees.
    await payload.update({ collection: 'events', id: draft.id, data: { name: 'Luonnos' }, draft: true })
    await runJobs()
    expect(standIn.events().find((e) => e.id === remoteId(draft.id))?.name).not.toEqual({ fi: 'Luonnos' })

    await payload.update({ collection: 'events', id: draft.id, data: { _status: 'draft' } })
    await runJobs()
    expect(standIn.events().find((e) => e.id === remoteId(draft.id))?.deleted).toBe(true)
    expect((await stateOf(draft.id))?.state).toBe('removed')
  })

  it('rapid changes to one event leave one job, and the latest state wins', async () => {
    const doc = await payload.create({ collection: 'events', data: published() })
    await runJobs()
    for (const name of ['Yksi', 'Kaksi', 'Kolme'])
      await payload.update({ collection: 'events', id: doc.id, data: { name } })
    expect((await pendingJobs()).length).toBe(1)
    await runJobs()
    expect(writesTo(remoteId(doc.id)).map((r) => r.method)).toEqual(['PUT'])
    expect(standIn.events().find((e) => e.id === remoteId(doc.id))?.name).toEqual({ fi: 'Kolme' })
  })
})

describe('faults: nothing lost, nothing twice', () => {
  it('the remote down for a while: retried with backoff, then synced once', async () => {
    standIn.fault({ kind: 'down' })
    const doc = await payload.create({ collection: 'events', data: published() })
    const before = Date.now()
    await runJobs()
    const failing = await stateOf(doc.id)
    expect(failing).toMatchObject({ state: 'failing', attempts: 1 })
    expect(failing?.lastError).toMatch(/ECONNREFUSED/)
    expect(Date.parse(failing.nextAttemptAt!)).toBeGreaterThan(before)
    expect((await pendingJobs()).map((job) => Boolean(job.waitUntil))).toEqual([true])

    await timePasses()
    await runJobs()
    expect((await stateOf(doc.id))?.attempts).toBe(2)

    await standIn.clearFaults()
    await timePasses()
    await runJobs()
    expect(await stateOf(doc.id)).toMatchObject({ state: 'synced', attempts: 0, lastError: null })
    expect(standIn.events().filter((e) => e.id === remoteId(doc.id))).toHaveLength(1)
  })

  it('a lost response: the retry meets "already exists", updates, and creates nothing twice', async () => {
    standIn.fault({ kind: 'loseResponse' }, { method: 'POST', path: '/v1/event/', times: 1 })
    const doc = await payload.create({ collection: 'events', data: published() })
    await runJobs()
    expect((await stateOf(doc.id))?.state).toBe('failing')
    expect(standIn.events().filter((e) => e.id === remoteId(doc.id))).toHaveLength(1)

    await timePasses()
    await runJobs()
    expect((await stateOf(doc.id))?.state).toBe('synced')
    expect(standIn.events().filter((e) => e.id === remoteId(doc.id))).toHaveLength(1)
    expect(writesTo(remoteId(doc.id)).map((r) => r.method)).toEqual(['PUT'])
  })

  it('429 waits at least as long as Retry-After; 500s and timeouts are retried too', async () => {
    standIn.fault({ kind: 'rateLimit', retryAfterSeconds: 600 }, { times: 1 })
    const limited = await payload.create({ collection: 'events', data: published() })
    const before = Date.now()
    await runJobs()
    const state = await stateOf(limited.id)
    expect(state).toMatchObject({ state: 'failing', lastStatus: 429 })
    expect(Date.parse(state.nextAttemptAt!) - before).toBeGreaterThanOrEqual(600_000)

    standIn.fault({ kind: 'status', status: 503 }, { times: 1 })
    const unavailable = await payload.create({ collection: 'events', data: published() })
    await runJobs()
    expect(await stateOf(unavailable.id)).toMatchObject({ state: 'failing', lastStatus: 503 })

    standIn.fault({ kind: 'slow', ms: 2500 }, { times: 1 })
    const slow = await payload.create({ collection: 'events', data: published() })
    await runJobs()
    expect((await stateOf(slow.id))?.lastError).toMatch(/no answer in 1 s/)

    await timePasses()
    await runJobs()
    for (const doc of [limited, unavailable, slow]) expect((await stateOf(doc.id))?.state).toBe('synced')
  })

  it('a refusal (400) is shown with the remote’s own message and not retried', async () => {
    // A keyword the remote does not know.
    const unknown = await payload.create({ collection: 'topics', data: { name: unique('Aihe'), ysoId: 'yso:p999999' } })
    const doc = await payload.create({ collection: 'events', data: published({ topics: [unknown.id] }) })
    await runJobs()
    const state = await stateOf(doc.id)
    expect(state).toMatchObject({ state: 'failed', lastStatus: 400 })
    expect(state?.lastError).toMatch(/keywords/)
    expect(await pendingJobs()).toEqual([])

    // Fixing the event sends it again.
    await payload.update({ collection: 'events', id: doc.id, data: { topics: [topicId] } })
    await runJobs()
    expect((await stateOf(doc.id))?.state).toBe('synced')
  })

  it('a worker that died mid-job: the reaper releases the job and the event is synced', async () => {
    const doc = await payload.create({ collection: 'events', data: published() })
    const [job] = await pendingJobs()
    // What a crashed worker leaves behind: claimed long ago, never finished.
    await (payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<unknown> } }).drizzle.execute(
      sql`UPDATE payload_jobs SET processing = true, updated_at = now() - interval '1 hour' WHERE id = ${job.id}`,
    )
    await runJobs()
    expect((await stateOf(doc.id))?.state).toBe('queued')

    await payload.jobs.queue({ task: 'regionalCalendarReapJobs', input: {}, queue: QUEUE })
    await runJobs()
    expect((await stateOf(doc.id))?.state).toBe('synced')
  })

  it('after a restart a separate `payload jobs:run` worker sends what was queued', async () => {
    const docs = [
      await payload.create({ collection: 'events', data: published() }),
      await payload.create({ collection: 'events', data: published() }),
    ]
    const env = Object.fromEntries(
      Object.entries(process.env).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    )
    const output = await runNode([...PAYLOAD_CLI, 'jobs:run', '--queue', QUEUE], env, 60_000, 20_000)
    for (const doc of docs) {
      expect((await stateOf(doc.id))?.state, `${output}\n${JSON.stringify(await pendingJobs())}`).toBe('synced')
      expect(standIn.events().filter((e) => e.id === remoteId(doc.id))).toHaveLength(1)
    }
  }, 120_000)
})

describe('one batch, many events', () => {
  it('a mixed batch of renames and deletes refuses nothing: each job loads its own relationships', async () => {
    const docs = []
    for (let i = 0; i < 80; i++) docs.push(await payload.create({ collection: 'events', data: published() }))
    await runJobs()
    const [renamed, deleted] = [docs.slice(0, 50), docs.slice(50)]
    // Interleaved, as editors' changes arrive.
    for (let i = 0; i < renamed.length; i++) {
      const doc = renamed[i]
      await payload.update({ collection: 'events', id: doc.id, data: { name: `${doc.name} (uusi nimi)` } })
      if (deleted[i]) await payload.delete({ collection: 'events', id: deleted[i].id })
    }
    // All of them in one batch, as a worker claims them.
    await payload.jobs.run({ queue: QUEUE, limit: 100 })

    const states = await Promise.all(renamed.map((doc) => stateOf(doc.id)))
    expect(states.filter((state) => state?.state !== 'synced').map((state) => state?.lastError)).toEqual([])
    for (const doc of renamed)
      expect(standIn.events().find((e) => e.id === remoteId(doc.id))?.name).toEqual({ fi: `${doc.name} (uusi nimi)` })
    for (const doc of deleted) expect(standIn.events().find((e) => e.id === remoteId(doc.id))?.deleted).toBe(true)
  })
})

describe('recurring events', () => {
  it('a weekly series becomes a parent and stable children; removed and added dates follow', async () => {
    const first = inDays(14)
    const doc = await payload.create({
      collection: 'events',
      data: published({
        startsAt: first,
        endsAt: inDays(14, 20),
        recurrence: { frequency: 'weekly', weekdays: [dayCode(first)], count: 4 },
      }),
    })
    await runJobs()
    const parent = remoteId(doc.id)
    const children = () =>
      standIn
        .events()
        .filter((e) => !e.deleted && (e.super_event as { '@id'?: string } | null)?.['@id']?.endsWith(`/${parent}/`))
    expect(standIn.events().find((e) => e.id === parent)).toMatchObject({ super_event_type: 'recurring' })
    expect(children()).toHaveLength(4)
    const ids = children()
      .map((c) => c.id)
      .sort()

    const secondDate = new Date(Date.parse(first) + 7 * 86_400_000).toISOString()
    await payload.update({
      collection: 'events',
      id: doc.id,
      data: {
        recurrence: { frequency: 'weekly', weekdays: [dayCode(first)], count: 4, removed: [{ date: secondDate }] },
      },
    })
    await runJobs()
    expect(
      children()
        .map((c) => c.id)
        .sort(),
    ).toEqual(ids.filter((id) => id !== ids[1]))
    expect(standIn.events().find((e) => e.id === ids[1])?.deleted).toBe(true)

    const extra = inDays(40)
    await payload.update({
      collection: 'events',
      id: doc.id,
      data: {
        recurrence: {
          frequency: 'weekly',
          weekdays: [dayCode(first)],
          count: 4,
          removed: [{ date: secondDate }],
          added: [{ start: extra }],
        },
      },
    })
    await runJobs()
    const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' })
      .format(new Date(extra))
      .replace(/-/g, '')
    expect(
      children()
        .map((c) => c.id)
        .sort(),
    ).toEqual([...ids.filter((id) => id !== ids[1]), `${parent}-${day}`].sort())
    // Unchanged occurrences were updated in place, never deleted and recreated.
    expect(
      standIn
        .requests()
        .filter((r) => r.method === 'DELETE')
        .map((r) => r.path),
    ).toEqual([`/v1/event/${ids[1]}/`])
  })
})

describe('places', () => {
  it('a changed place reaches the remote without waiting for an event edit', async () => {
    await payload.create({ collection: 'events', data: published() })
    await runJobs()
    await payload.update({ collection: 'places', id: placeId, data: { streetAddress: 'Kaustistie 1' } })
    await runJobs()
    expect(standIn.places().find((place) => place.id === `kaustisenseutu:place-${placeId}`)?.street_address).toEqual({
      fi: 'Kaustistie 1',
    })
  })
})

describe('reconciliation', () => {
  it('repairs an event deleted by hand, undoes a hand edit, and deletes what is no longer ours', async () => {
    const deleted = await payload.create({ collection: 'events', data: published() })
    const edited = await payload.create({ collection: 'events', data: published({ name: 'Alkuperäinen' }) })
    await runJobs()
    standIn.deleteByHand(remoteId(deleted.id))
    standIn.editByHand(remoteId(edited.id), { name: { fi: 'Käsin muutettu' } })
    // An event of ours that Seutu CMS no longer has.
    const stray = await fetch(`${standIn.url}/v1/event/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', apikey: 'test-key' },
      body: JSON.stringify({
        ...standIn.events().find((e) => e.id === remoteId(edited.id)),
        id: 'kaustisenseutu:evt-999999',
      }),
    })
    expect(stray.status).toBe(201)

    await payload.jobs.queue({ task: 'regionalCalendarReconcile', input: {}, queue: QUEUE })
    await runJobs()

    // A deleted id is never reused: the event comes back under its next incarnation.
    expect(await stateOf(deleted.id)).toMatchObject({
      state: 'synced',
      remoteId: `${remoteId(deleted.id)}r2`,
      incarnation: 2,
    })
    expect(standIn.events().find((e) => e.id === `${remoteId(deleted.id)}r2`)?.deleted).toBe(false)
    expect(standIn.events().find((e) => e.id === remoteId(edited.id))?.name).toEqual({ fi: 'Alkuperäinen' })
    expect(standIn.events().find((e) => e.id === 'kaustisenseutu:evt-999999')?.deleted).toBe(true)
  })
})

/** Live copies on the remote of one event, under any incarnation; and every id ever made again under a new one. */
const liveCopies = (eventId: number) =>
  standIn.events().filter((e) => !e.deleted && new RegExp(`^kaustisenseutu:evt-${eventId}(r\\d+)?$`).test(e.id))
const reincarnated = (eventIds: number[]) =>
  standIn.events().filter((e) => eventIds.some((id) => e.id.startsWith(`kaustisenseutu:evt-${id}r`)))

async function reconcileNow() {
  await payload.jobs.queue({ task: 'regionalCalendarReconcile', input: {}, queue: QUEUE })
  await runJobs()
}

describe('reconciliation never deletes a published event', () => {
  it('whatever its state row says: failed, past, queued, failing, removed, no remote id, no row at all', async () => {
    const docs = []
    for (let i = 0; i < 7; i++) docs.push(await payload.create({ collection: 'events', data: published() }))
    await runJobs()
    const rows = await Promise.all(docs.map((doc) => stateOf(doc.id)))
    const odd: Record<string, unknown>[] = [
      { state: 'failed', lastStatus: 400, lastError: 'keywords: This field must be specified' },
      { state: 'past' },
      { state: 'queued' },
      { state: 'failing', remoteId: null },
      { state: 'removed' },
      { state: 'synced', remoteId: null, children: [] },
    ]
    for (const [i, data] of odd.entries())
      await payload.update({ collection: 'regional-calendar-sync', id: rows[i].id, data, overrideAccess: true })
    await payload.delete({ collection: 'regional-calendar-sync', id: rows[6].id, overrideAccess: true })

    await reconcileNow()
    for (const doc of docs) expect(liveCopies(doc.id).map((e) => e.id)).toEqual([remoteId(doc.id)])
    expect(reincarnated(docs.map((doc) => doc.id))).toEqual([])
    expect(standIn.requests().filter((r) => r.method === 'DELETE')).toEqual([])
  })

  it('a create whose answer was lost: the reconciliation leaves it, the retry adopts it under the same id', async () => {
    standIn.fault({ kind: 'loseResponse' }, { method: 'POST', path: '/v1/event/', times: 1 })
    const doc = await payload.create({ collection: 'events', data: published() })
    await runJobs()
    expect((await stateOf(doc.id))?.state).toBe('failing')
    await reconcileNow()
    expect(liveCopies(doc.id).map((e) => e.id)).toEqual([remoteId(doc.id)])
    await timePasses()
    await runJobs()
    expect(await stateOf(doc.id)).toMatchObject({ state: 'synced', remoteId: remoteId(doc.id), incarnation: 1 })
    expect(reincarnated([doc.id])).toEqual([])
  })

  it('run in the same batch as the creates it would otherwise race', async () => {
    const docs = []
    for (let i = 0; i < 10; i++) docs.push(await payload.create({ collection: 'events', data: published() }))
    await payload.jobs.queue({ task: 'regionalCalendarReconcile', input: {}, queue: QUEUE })
    await payload.jobs.run({ queue: QUEUE, limit: 50 })
    await runJobs()
    for (const doc of docs) {
      expect(liveCopies(doc.id).map((e) => e.id)).toEqual([remoteId(doc.id)])
      expect((await stateOf(doc.id))?.state).toBe('synced')
    }
    expect(standIn.requests().filter((r) => r.method === 'DELETE')).toEqual([])
  })

  it('deletes what was deleted or unpublished here; a past event it may not delete (403) stops nothing', async () => {
    const unpublished = await payload.create({ collection: 'events', data: published() })
    await runJobs()
    // Unpublished while the remote kept it (its own job was lost, say).
    await payload.update({ collection: 'events', id: unpublished.id, data: { _status: 'draft' } })
    await payload.delete({ collection: 'payload-jobs', where: { queue: { equals: QUEUE } }, overrideAccess: true })
    await payload.update({
      collection: 'regional-calendar-sync',
      where: { eventId: { equals: unpublished.id } },
      data: { state: 'synced' },
      overrideAccess: true,
    })
    const strays = ['kaustisenseutu:evt-999997', 'kaustisenseutu:evt-999998']
    const template = standIn.events().find((e) => e.id === remoteId(unpublished.id))!
    for (const id of strays) {
      const answer = await fetch(`${standIn.url}/v1/event/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', apikey: 'test-key' },
        body: JSON.stringify({ ...template, id }),
      })
      expect(answer.status).toBe(201)
    }
    // The first has ended: the remote keeps it as history.
    standIn.editByHand(strays[0], { start_time: '2020-01-01T18:00:00+02:00', end_time: '2020-01-01T20:00:00+02:00' })

    await reconcileNow()
    const byId = (id: string) => standIn.events().find((e) => e.id === id)
    expect(byId(strays[0])?.deleted).toBe(false)
    expect(byId(strays[1])?.deleted).toBe(true)
    expect(byId(remoteId(unpublished.id))?.deleted).toBe(true)
    expect((await stateOf(unpublished.id))?.state).toBe('removed')
    const report = (await payload.findGlobal({ slug: 'regional-calendar-reconciliation', overrideAccess: true }))
      .report as { repairs: { eventId: number; reason: string }[] }
    expect(report.repairs).toEqual(
      expect.arrayContaining([
        { eventId: unpublished.id, reason: 'notPublished' },
        { eventId: 999997, reason: 'notPublished' },
        { eventId: 999998, reason: 'notPublished' },
      ]),
    )
  })

  it('editors start it by hand; it records when it ran and what it repaired', async () => {
    const doc = await payload.create({ collection: 'events', data: published() })
    await runJobs()
    standIn.editByHand(remoteId(doc.id), { name: { fi: 'Käsin muutettu' } })
    const editor = await createUser(payload, 'editor')
    const member = await createUser(payload, 'organisationMember', [organisation])
    const call = async (user: User) => (await endpoint('/regional-calendar/reconcile')(await requestAs(user))).status
    expect(await call(member)).toBe(403)
    expect(await call(editor)).toBe(202)
    await runJobs()
    const last = await payload.findGlobal({ slug: 'regional-calendar-reconciliation', overrideAccess: true })
    expect(last.requestedBy).toBe(editor.email)
    expect(Date.parse(last.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(last.startedAt!))
    expect((last.report as { repairs: unknown[] }).repairs).toContainEqual({
      eventId: doc.id,
      reason: 'editedOnRemote',
    })
    expect(standIn.events().find((e) => e.id === remoteId(doc.id))?.name).toEqual({ fi: doc.name })
  })
})

/** A Payload endpoint's handler, called as a logged-in user's request would call it. */
const endpoint = (path: string) => {
  const found = (payload.config.endpoints as Endpoint[]).find((e) => e.path === path)
  if (!found) throw new Error(`no endpoint ${path}`)
  return found.handler
}
const requestAs = async (user: User, routeParams: Record<string, string> = {}) => {
  const req = await createLocalReq({ user }, payload)
  req.routeParams = routeParams
  return req
}
const execute = (query: ReturnType<typeof sql>) =>
  (payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<unknown> } }).drizzle.execute(query)

describe('crashed workers', () => {
  it('"Retry now" behind a job whose worker died releases that job instead of waiting behind it', async () => {
    const doc = await payload.create({ collection: 'events', data: published() })
    const [job] = await pendingJobs()
    // Claimed by a worker that died two minutes ago: its heartbeat stopped.
    await execute(
      sql`UPDATE payload_jobs SET processing = true, updated_at = now() - interval '2 minutes' WHERE id = ${job.id}`,
    )
    const editor = await createUser(payload, 'editor')
    const answer = await endpoint('/regional-calendar/events/:id/retry')(
      await requestAs(editor, { id: String(doc.id) }),
    )
    expect(answer.status).toBe(202)
    expect(await answer.json()).toMatchObject({ running: false })
    await runJobs()
    expect((await stateOf(doc.id))?.state).toBe('synced')
  })

  it('a running job keeps its row fresh, so the reaper leaves it alone', async () => {
    const doc = await payload.create({ collection: 'events', data: published() })
    standIn.fault({ kind: 'slow', ms: 800 }, { method: 'POST', path: '/v1/event/', times: 1 })
    const { withHeartbeat } = await import('../../src/plugins/regional-calendar/jobs')
    const [job] = await pendingJobs()
    await execute(
      sql`UPDATE payload_jobs SET processing = true, updated_at = now() - interval '1 hour' WHERE id = ${job.id}`,
    )
    await withHeartbeat(payload, job.id, 100, () => new Promise((resolve) => setTimeout(resolve, 400)))
    const fresh = (await payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true })).updatedAt
    expect(Date.now() - Date.parse(fresh)).toBeLessThan(5_000)
    await execute(sql`UPDATE payload_jobs SET processing = false WHERE id = ${job.id}`)
    await runJobs()
    expect((await stateOf(doc.id))?.state).toBe('synced')
  })

  it('a worker SIGKILLed mid-batch, two others started: every event right within 5 minutes, none twice or under a new id', async () => {
    // Earlier tests (of this file and others) leave jobs of their own events in the queue: the
    // first worker's batch, killed in flight, must be this test's twelve.
    await execute(sql`DELETE FROM payload_jobs WHERE queue = ${QUEUE} AND completed_at IS NULL`)
    const docs: Event[] = []
    for (let i = 0; i < 12; i++) docs.push(await payload.create({ collection: 'events', data: published() }))
    // Every create hangs for a while, so the first worker is killed with its whole batch in flight.
    standIn.fault({ kind: 'slow', ms: 4000 }, { method: 'POST', path: '/v1/event/' })
    const env = { REGIONAL_CALENDAR_TIMEOUT_MS: '10000' }
    // The stand-in logs a request when it answers, which ends the job at once: on a fast machine
    // all ten end within milliseconds, so "claimed" is the jobs alone, and the kill comes while
    // their slow creates are still in flight.
    const claimed = async () => (await processing()) >= 5
    // Node 20 and tsx's loader deadlock now and then before the first line (src/server/keepAlive.mjs),
    // and on a loaded machine the CLI can take minutes to start: a worker that has ended, or
    // claimed nothing in 90 s, is replaced, up to three times, and what it printed is reported.
    let first = startWorker(env)
    try {
      for (let attempt = 1; !(await claimedBy(first, claimed, 90_000)); attempt++) {
        if (attempt === 3)
          throw new Error(`no worker claimed the batch in 3 tries; the last printed:\n${first.output()}`)
        first.kill('SIGKILL')
        first = startWorker(env)
      }
      await new Promise((resolve) => setTimeout(resolve, 1500))
    } finally {
      first.kill('SIGKILL')
    }
    const killedAt = Date.now()
    expect(await processing()).toBeGreaterThan(0)
    await standIn.clearFaults()
    const workers = [startWorker(env), startWorker(env)]
    try {
      await until(async () => {
        for (const doc of docs) if ((await stateOf(doc.id))?.state !== 'synced') return false
        return true
      }, 300_000)
    } finally {
      for (const worker of workers) worker.kill('SIGKILL')
    }
    const minutes = (Date.now() - killedAt) / 60_000
    expect(minutes).toBeLessThan(5)
    for (const doc of docs) {
      expect(liveCopies(doc.id).map((e) => e.id)).toEqual([remoteId(doc.id)])
      expect(standIn.events().find((e) => e.id === remoteId(doc.id))?.name).toEqual({ fi: doc.name })
    }
    expect(reincarnated(docs.map((doc) => doc.id))).toEqual([])
  }, 420_000)
})

const processing = async () =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: QUEUE } }, { processing: { equals: true } }] },
      overrideAccess: true,
    })
  ).totalDocs

async function until(condition: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not reached in ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/** A production-style worker: `payload jobs:run` every 2 s, handling schedules (the reaper). */
type Worker = ChildProcess & { output: () => string }

/** A `payload jobs:run` worker of the sync's queue; `output()` is the tail of what it printed. */
function startWorker(extra: Record<string, string>): Worker {
  const env = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  )
  const child = spawn(
    process.execPath,
    [...PAYLOAD_CLI, 'jobs:run', '--queue', QUEUE, '--cron', '*/2 * * * * *', '--handle-schedules'],
    { cwd: root, env: appEnv({ ...env, ...extra }), stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let printed = ''
  const keep = (chunk: Buffer) => (printed = (printed + chunk.toString()).slice(-4000))
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  return Object.assign(child, {
    output: () => `${printed || '(nothing)'}\nexit: ${child.exitCode ?? child.signalCode ?? 'running'}`,
  })
}

/** Whether `condition` holds within `timeoutMs` while `worker` still runs. */
async function claimedBy(worker: Worker, condition: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline || worker.exitCode !== null || worker.signalCode !== null) return false
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return true
}

describe('places and online events', () => {
  it('a place is written once for the events sharing it, and again only when it changes', async () => {
    const fresh = await payload.create({
      collection: 'places',
      data: { name: unique('Seurantalo'), postcode: '69600', municipality: municipalityId },
    })
    const placeWrites = () => standIn.requests().filter((r) => r.method !== 'GET' && r.path.startsWith('/v1/place/'))
    const docs = []
    for (let i = 0; i < 4; i++)
      docs.push(await payload.create({ collection: 'events', data: published({ place: fresh.id }) }))
    await payload.jobs.run({ queue: QUEUE, limit: 50 })
    expect(placeWrites().map((r) => r.method)).toEqual(['POST'])
    for (const doc of docs) expect((await stateOf(doc.id))?.state).toBe('synced')

    await payload.update({ collection: 'events', id: docs[0].id, data: { name: 'Uusi nimi' } })
    await runJobs()
    expect(placeWrites()).toHaveLength(1)

    await payload.update({ collection: 'places', id: fresh.id, data: { streetAddress: 'Seurantie 2' } })
    await runJobs()
    expect(placeWrites().map((r) => r.method)).toEqual(['POST', 'PUT'])
  })

  it('an online event without a place goes to the remote’s shared internet place', async () => {
    const doc = await payload.create({
      collection: 'events',
      data: published({ place: null, onlineUrl: 'https://stream.example/konsertti' }),
    })
    await runJobs()
    expect((await stateOf(doc.id))?.state).toBe('synced')
    expect(standIn.events().find((e) => e.id === remoteId(doc.id))).toMatchObject({
      location: { '@id': `${standIn.url}/v1/place/system:internet/` },
      is_virtualevent: true,
      virtualevent_url: 'https://stream.example/konsertti',
    })
    expect(standIn.requests().filter((r) => r.path.startsWith('/v1/place/'))).toEqual([])
  })

  it('an event the remote would refuse is refused when published, on the admin’s own fields; a draft is not', async () => {
    const noKeyword = await payload.create({ collection: 'topics', data: { name: unique('Aihe ilman YSOa') } })
    expect(
      await fieldError(payload.create({ collection: 'events', data: published({ topics: [] }) }), 'topics'),
    ).toMatch(/YSO/)
    await expect(payload.create({ collection: 'events', data: published({ topics: [noKeyword.id] }) })).rejects.toThrow(
      /Aiheet/,
    )
    expect(
      await fieldError(
        payload.create({ collection: 'events', data: published({ place: null, onlineUrl: null }) }),
        'place',
      ),
    ).toMatch(/paikka/i)
    const draft = await payload.create({
      collection: 'events',
      data: published({ topics: [], _status: 'draft' }),
      draft: true,
    })
    expect(draft.id).toBeTruthy()
    expect(standIn.requests()).toEqual([])
  })
})

describe('who sees the sync state', () => {
  it('a member sees its own organisation’s states only; staff see all', async () => {
    const other = (await createOrganisation(payload)).id
    const mine = await payload.create({ collection: 'events', data: published() })
    const theirs = await payload.create({ collection: 'events', data: published({ organiser: other }) })
    await runJobs()
    const member: User = await createUser(payload, 'organisationMember', [organisation])
    const editor: User = await createUser(payload, 'editor')
    const visible = async (user: User) =>
      (
        await payload.find({
          collection: 'regional-calendar-sync',
          where: { eventId: { in: [mine.id, theirs.id] } },
          user,
          overrideAccess: false,
        })
      ).docs
        .map((d) => d.eventId)
        .sort()
    expect(await visible(member)).toEqual([mine.id])
    expect(await visible(editor)).toEqual([mine.id, theirs.id].sort())
    const [row] = (
      await payload.find({
        collection: 'regional-calendar-sync',
        where: { eventId: { equals: mine.id } },
        overrideAccess: true,
      })
    ).docs
    expect(
      await allowed(() =>
        payload.update({
          collection: 'regional-calendar-sync',
          id: row.id,
          data: { state: 'failed' },
          user: editor,
          overrideAccess: false,
        }),
      ),
    ).toBe(false)
  })

  it('with no REGIONAL_CALENDAR_URL the sync is off: nothing queued', async () => {
    const url = process.env.REGIONAL_CALENDAR_URL
    delete process.env.REGIONAL_CALENDAR_URL
    try {
      const doc = await payload.create({ collection: 'events', data: published() })
      expect(await pendingJobs()).toEqual([])
      expect(await stateOf(doc.id)).toBeUndefined()
    } finally {
      process.env.REGIONAL_CALENDAR_URL = url
    }
  })
})

function dayCode(iso: string) {
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', weekday: 'short' }).format(new Date(iso))
  return day.slice(0, 2).toUpperCase() as 'MO'
}
