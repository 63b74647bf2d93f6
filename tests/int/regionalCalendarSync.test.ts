import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startStandIn, type StandIn } from '../../src/plugins/regional-calendar/standIn/server'
import type { Event, User } from '../../src/payload-types'
import { allowed, createOrganisation, createUser, inDays, testPayload, unique } from '../helpers/payload'
import { PAYLOAD_CLI, runNode } from '../helpers/testDatabase'

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
    const doc = await payload.create({ collection: 'events', data: published({ topics: [] }) })
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
