import { createHash } from 'node:crypto'
import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { executeSql } from '../../server/sql'
import { expand, recurrenceOf } from '../../lib/recurrence'
import { nextDelayMs, givenUp } from './backoff'
import { createClient, PermanentRemoteError, TransientRemoteError, type RegionalCalendarClient } from './client'
import type { SyncState } from './collection'
import { mappableEvent, mappablePlace } from './linkedEventsApi'
import {
  parseRemoteEventId,
  remoteEventId,
  toLinkedPlace,
  toRemoteSeries,
  type LinkedEvent,
  type LinkedPlace,
  type MappingOptions,
} from './mapping'
import { PLACE_STATE_COLLECTION, QUEUE, STATE_COLLECTION, TASK, type ResolvedOptions } from './options'
import { say } from './translations'

/** The sync state row of one event, as stored. */
export type StateRow = {
  id: number
  eventId: number
  state: SyncState
  remoteId?: string | null
  incarnation?: number | null
  children?: ChildRecord[] | null
  remoteModified?: string | null
  placeSynced?: number | null
  endsAt?: string | null
  hash?: string | null
  attempts?: number | null
  firstFailureAt?: string | null
}
export type ChildRecord = { id: string; modified?: string | null; endsAt: string }

export async function findState(req: PayloadRequest, eventId: number): Promise<StateRow | undefined> {
  const result = await req.payload.find({
    collection: STATE_COLLECTION,
    where: { eventId: { equals: eventId } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return result.docs[0] as unknown as StateRow | undefined
}

/** The id a relationship holds, whether it came populated or not. */
export const relationId = (value: unknown): number | null =>
  typeof value === 'object' && value ? (value as { id: number }).id : ((value as number | null | undefined) ?? null)

/** Creates or updates the state row; pass the row when the caller has just read it. */
export async function writeState(
  req: PayloadRequest,
  eventId: number,
  data: Partial<Omit<StateRow, 'id' | 'eventId'>> & { owner?: number | null } & Record<string, unknown>,
  known?: StateRow,
): Promise<void> {
  const existing = known ?? (await findState(req, eventId))
  if (existing)
    await req.payload.update({
      collection: STATE_COLLECTION,
      id: existing.id,
      data,
      depth: 0,
      overrideAccess: true,
      req,
    })
  else
    await req.payload.create({
      collection: STATE_COLLECTION,
      // A first write names the state; 'queued' covers a caller that only records a detail.
      data: { state: 'queued', ...data, eventId },
      depth: 0,
      overrideAccess: true,
      req,
    })
}

/**
 * Queues the sync of one event. With `req` the job row is written in the caller's transaction, so
 * it exists exactly when the change it carries was committed. Older pending jobs for the same
 * event are superseded: the job reads the event when it runs, so the latest state wins.
 */
export async function queueSync(
  req: PayloadRequest,
  eventId: number,
  opts: { force?: boolean; waitUntil?: Date; strays?: string[] } = {},
) {
  await req.payload.jobs.queue({
    task: TASK.sync,
    input: { eventId, force: Boolean(opts.force), ...(opts.strays?.length ? { strays: opts.strays } : {}) },
    queue: QUEUE,
    waitUntil: opts.waitUntil,
    req,
  })
}

const withoutModified = ({ last_modified_time: _ignored, ...rest }: LinkedEvent) => rest
const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex')
const ended = (event: { start_time: string; end_time: string | null }, now: Date) =>
  Date.parse(event.end_time ?? event.start_time) < now.getTime()
const endOf = (event: { start_time: string; end_time: string | null }) =>
  new Date(Date.parse(event.end_time ?? event.start_time)).toISOString()

/** The event as the remote should hold it, or undefined when it should not be there at all. */
async function desiredOf(req: PayloadRequest, options: ResolvedOptions, eventId: number, mapping: MappingOptions) {
  const result = await req.payload.find({
    collection: options.events.slug,
    where: { id: { equals: eventId } },
    // The main document is the published version; a draft saved over it stays in the versions.
    draft: false,
    locale: 'all',
    depth: 2,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const doc = result.docs[0] as unknown as Record<string, unknown> | undefined
  if (!doc) return { exists: false as const }
  const owner = doc[options.events.ownerField]
  const ownerId = relationId(owner)
  if (doc._status !== 'published') return { exists: true as const, ownerId }
  const event = { ...mappableEvent(doc), onlineUrl: (doc.onlineUrl as string | null | undefined) ?? null }
  const series = expand(new Date(event.startsAt), recurrenceOf(doc.recurrence as Record<string, unknown>))
  event.occurrences = series.ok ? series.starts.map((start) => start.toISOString()) : undefined
  const placeDoc = doc[options.events.placeField] as Record<string, unknown> | null | undefined
  const place = placeDoc && typeof placeDoc === 'object' ? toLinkedPlace(mappablePlace(placeDoc), mapping) : undefined
  return { exists: true as const, ownerId, event, place }
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function inBatches<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  const queue = [...items]
  await Promise.all(
    Array.from({ length: Math.min(limit, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item)
    }),
  )
}

export const mappingOptions = (options: ResolvedOptions, baseUrl: string): MappingOptions => ({
  baseUrl: baseUrl.replace(/\/+$/, ''),
  dataSource: options.dataSource,
  publisher: options.publisher,
})

/** An occurrence's id: its parent's id and a Helsinki date (see mapping.ts). */
const OCCURRENCE = /-\d{8}(-\d+)?$/

/**
 * Deletes the ids, occurrences before their parents so the remote never holds a child whose
 * parent is gone. Returns those the remote keeps because they have ended (403: past events stay
 * there as its history), which is not a failure.
 */
async function removeAll(client: RegionalCalendarClient, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)]
  const kept: string[] = []
  const remove = async (id: string) => {
    if ((await client.remove('event', id)) === 'kept') kept.push(id)
  }
  await inBatches(
    unique.filter((id) => OCCURRENCE.test(id)),
    4,
    remove,
  )
  for (const id of unique.filter((id) => !OCCURRENCE.test(id))) await remove(id)
  return kept
}

const refusesLocation = (error: unknown) =>
  error instanceof PermanentRemoteError &&
  error.status === 400 &&
  typeof error.body === 'object' &&
  error.body !== null &&
  'location' in error.body

const knownIds = (state: Pick<StateRow, 'remoteId' | 'children'> | undefined) =>
  state ? [...(state.remoteId ? [state.remoteId] : []), ...(state.children ?? []).map((child) => child.id)] : []

/**
 * Writes the place when it differs from what was last written, or when told the remote lost it
 * (`rewrite`). One event at a time
 * per place, under a PostgreSQL advisory lock held in a transaction of its own: events sharing a
 * new place wait for its first POST instead of racing it.
 */
async function writePlace(
  req: PayloadRequest,
  client: RegionalCalendarClient,
  place: LinkedPlace,
  placeId: number,
  rewrite: boolean,
) {
  const hash = hashOf(place)
  // Tried, not waited for: a job waiting on the lock would hold a pooled connection, and ten of
  // them sharing a place can take every connection the lock holder itself needs.
  let tx = await createLocalReq({}, req.payload)
  for (let attempt = 0; ; attempt++) {
    await initTransaction(tx)
    const [lock] = await executeSql(
      tx,
      sql`SELECT pg_try_advisory_xact_lock(hashtext('regional-calendar:place'), ${placeId}) AS locked`,
    )
    if (lock?.locked) break
    await killTransaction(tx)
    if (attempt === 600) throw new TransientRemoteError(`place ${place.id}: another job kept it busy`)
    await new Promise((resolve) => setTimeout(resolve, 100))
    tx = await createLocalReq({}, req.payload)
  }
  try {
    const found = await req.payload.find({
      collection: PLACE_STATE_COLLECTION,
      where: { placeId: { equals: placeId } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req: tx,
    })
    const row = found.docs[0] as unknown as { id: number; hash?: string | null } | undefined
    if (rewrite || row?.hash !== hash) {
      const placed = await client.upsert('place', place, Boolean(row))
      if (placed === 'gone') throw new PermanentRemoteError(410, say('fi', 'placeGone', { id: place.id }))
      const data = { placeId, remoteId: place.id, hash, syncedAt: new Date().toISOString() }
      if (row)
        await req.payload.update({
          collection: PLACE_STATE_COLLECTION,
          id: row.id,
          data,
          depth: 0,
          overrideAccess: true,
          req: tx,
        })
      else
        await req.payload.create({ collection: PLACE_STATE_COLLECTION, data, depth: 0, overrideAccess: true, req: tx })
    }
    await commitTransaction(tx)
  } catch (error) {
    await killTransaction(tx)
    throw error
  }
}

/**
 * Brings the remote in line with one event. Idempotent: every write uses our own ids, a create
 * that meets "already exists" becomes an update, and running it twice changes nothing the second
 * time. Errors the remote calls permanent are shown on the event; the rest are retried later.
 *
 * This is the only place that deletes on the remote, and it runs under the per-event lock (one
 * job per event at a time). It deletes only what the event itself says is no longer published:
 * everything of an event deleted or unpublished here, and of a published one the occurrences its
 * series no longer has and copies left under an older id. `strays` are ids of this event that the
 * reconciliation saw on the remote without a record of them here.
 */
export async function syncEvent(
  req: PayloadRequest,
  options: ResolvedOptions,
  eventId: number,
  { force = false, strays = [] }: { force?: boolean; strays?: string[] } = {},
): Promise<SyncState | 'off'> {
  const connection = options.connection()
  if (!connection) return 'off'
  const client = createClient(connection)
  const mapping = mappingOptions(options, connection.baseUrl)
  const state = await findState(req, eventId)
  const save = (data: Parameters<typeof writeState>[2]) => writeState(req, eventId, data, state)
  const now = new Date()
  const known = new Set<string>()
  let parentId: string | undefined
  try {
    const desired = await desiredOf(req, options, eventId, mapping)
    if (!desired.exists || !desired.event) {
      const onRemote = [...(state?.state === 'removed' ? [] : knownIds(state)), ...strays]
      const kept = await removeAll(client, onRemote)
      if (!desired.exists) {
        if (state)
          await req.payload.delete({ collection: STATE_COLLECTION, id: state.id, depth: 0, overrideAccess: true, req })
      } else if (state) {
        await save({
          state: 'removed',
          // What has ended stays on the remote as history; remembered so nothing tries it again.
          children: kept.map((id) => ({ id, endsAt: '' })),
          hash: null,
          attempts: 0,
          firstFailureAt: null,
          nextAttemptAt: null,
          lastError: null,
          lastStatus: null,
        })
      }
      return 'removed'
    }
    const { event, place, ownerId } = desired
    let incarnation = state?.incarnation ?? 1
    const idFor = (n: number) =>
      n === 1 ? remoteEventId(event.id, mapping) : `${remoteEventId(event.id, mapping)}r${n}`
    let series = toRemoteSeries(event, { ...mapping, remoteId: idFor(incarnation), now })
    const parentEnds = endOf(series.parent)
    if (ended(series.parent, now)) {
      await save({
        state: 'past',
        owner: ownerId,
        endsAt: parentEnds,
        attempts: 0,
        firstFailureAt: null,
        nextAttemptAt: null,
        lastError: null,
      })
      return 'past'
    }
    const hash = hashOf({
      place,
      parent: withoutModified(series.parent),
      children: series.children.map(withoutModified),
    })
    // Nothing the remote would see has changed (a draft saved over the published version, say).
    if (!force && !strays.length && state?.hash === hash) {
      if (state.state !== 'synced') await save({ state: 'synced' })
      return 'synced'
    }

    const wasThere = Boolean(state?.remoteId) && state?.state !== 'removed'
    const previousChildren = wasThere ? (state?.children ?? []) : []
    for (const child of previousChildren) known.add(child.id)
    if (place && event.placeId) await writePlace(req, client, place, event.placeId, false)

    // The place is written only when it changed, so the remote may have lost it since (restored
    // from a backup, say): a refusal naming the location writes it again, once, and tries again.
    let placeRewritten = false
    const upsertParent = async (exists: boolean) => {
      try {
        return await client.upsert('event', withoutModified(series.parent), exists)
      } catch (error) {
        if (!place || !event.placeId || placeRewritten || !refusesLocation(error)) throw error
        placeRewritten = true
        await writePlace(req, client, place, event.placeId, true)
        return client.upsert('event', withoutModified(series.parent), exists)
      }
    }
    // Remembered before the write: a create whose answer is lost may still have happened.
    parentId = series.parent.id
    let parent = await upsertParent(wasThere)
    let children: ChildRecord[] | 'gone' = 'gone'
    for (let restarts = 0; ; restarts++) {
      if (parent !== 'gone') {
        children = await upsertChildren(client, series.children, known)
        if (children !== 'gone') break
      }
      if (restarts === 2) throw new PermanentRemoteError(410, say('fi', 'keepsDisappearing', { id: series.parent.id }))
      // Deleted on the remote (by hand, or while unpublished here): a deleted id is never reused,
      // so the event starts over under the next incarnation's ids, and what is left of the old
      // one is removed. The event's panel says so, with the new address.
      await removeAll(client, [series.parent.id, ...known])
      known.clear()
      incarnation += 1
      series = toRemoteSeries(event, { ...mapping, remoteId: idFor(incarnation), now })
      parentId = series.parent.id
      parent = await upsertParent(false)
    }

    const current = children
    const currentIds = new Set(current.map((child) => child.id))
    const pastChildren = previousChildren.filter((child) => child.endsAt && Date.parse(child.endsAt) < now.getTime())
    const keep = new Set([...currentIds, ...pastChildren.map((child) => child.id)])
    const removed = previousChildren.filter((child) => !keep.has(child.id)).map((child) => child.id)
    // Of what the reconciliation found unrecorded: occurrences this series no longer has, and
    // copies under an older id. Anything else (a later incarnation's id, say) is left alone.
    const leftOver = strays.filter((id) => {
      const parsed = parseRemoteEventId(id, mapping)
      if (!parsed || parsed.eventId !== event.id || id === series.parent.id || currentIds.has(id)) return false
      return parsed.incarnation < incarnation || (parsed.incarnation === incarnation && Boolean(parsed.occurrence))
    })
    await removeAll(client, [...removed, ...leftOver])

    await save({
      state: 'synced',
      owner: ownerId,
      remoteId: series.parent.id,
      remoteUrl: series.parent['@id'],
      incarnation,
      children: [...pastChildren.filter((child) => !currentIds.has(child.id)), ...current],
      remoteModified: parent.last_modified_time ?? null,
      placeSynced: place ? event.placeId : null,
      endsAt: parentEnds,
      hash,
      syncedAt: now.toISOString(),
      attempts: 0,
      firstFailureAt: null,
      nextAttemptAt: null,
      lastStatus: null,
      lastError: null,
    })
    return 'synced'
  } catch (error) {
    return recordFailure(req, options, eventId, state, error, { parentId, children: known }, now)
  }
}

async function upsertChildren(
  client: RegionalCalendarClient,
  children: LinkedEvent[],
  known: Set<string>,
): Promise<ChildRecord[] | 'gone'> {
  const records: ChildRecord[] = []
  let gone = false
  await inBatches(children, 4, async (child) => {
    if (gone) return
    const exists = known.has(child.id)
    known.add(child.id)
    const result = await client.upsert('event', withoutModified(child), exists)
    if (result === 'gone') {
      gone = true
      return
    }
    records.push({ id: child.id, modified: result.last_modified_time ?? null, endsAt: endOf(child) })
  })
  return gone ? 'gone' : records.sort((a, b) => a.id.localeCompare(b.id))
}

async function recordFailure(
  req: PayloadRequest,
  options: ResolvedOptions,
  eventId: number,
  state: StateRow | undefined,
  error: unknown,
  created: { parentId?: string; children: Set<string> },
  now: Date,
): Promise<SyncState> {
  const save = (data: Parameters<typeof writeState>[2]) => writeState(req, eventId, data, state)
  // Remember every id this attempt may have created, so that a later delete finds them all.
  const remoteId = created.parentId ?? state?.remoteId ?? null
  const children = [...(state?.children ?? [])]
  for (const id of created.children) if (!children.some((child) => child.id === id)) children.push({ id, endsAt: '' })
  if (error instanceof PermanentRemoteError) {
    await save({
      state: 'failed',
      remoteId,
      children,
      hash: null,
      lastStatus: error.status,
      lastError: error.message,
      attempts: (state?.attempts ?? 0) + 1,
      nextAttemptAt: null,
    })
    return 'failed'
  }
  if (!(error instanceof TransientRemoteError)) throw error
  const attempts = (state?.attempts ?? 0) + 1
  const firstFailureAt = state?.firstFailureAt ? new Date(state.firstFailureAt) : now
  if (givenUp(firstFailureAt, now, options.backoff)) {
    const days = Math.round((now.getTime() - firstFailureAt.getTime()) / 86_400_000)
    await save({
      state: 'failed',
      remoteId,
      children,
      hash: null,
      attempts,
      lastStatus: error.status ?? null,
      lastError: say('fi', 'gaveUp', { days, error: error.message }),
      nextAttemptAt: null,
    })
    return 'failed'
  }
  const nextAttemptAt = new Date(now.getTime() + nextDelayMs(attempts, options.backoff, error.retryAfterMs))
  await save({
    state: 'failing',
    remoteId,
    children,
    attempts,
    firstFailureAt: firstFailureAt.toISOString(),
    nextAttemptAt: nextAttemptAt.toISOString(),
    lastStatus: error.status ?? null,
    lastError: error.message,
  })
  await queueSync(req, eventId, { waitUntil: nextAttemptAt })
  return 'failing'
}
