import { createHash } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import { expand, recurrenceOf } from '../../lib/recurrence'
import { nextDelayMs, givenUp } from './backoff'
import { createClient, PermanentRemoteError, TransientRemoteError, type RegionalCalendarClient } from './client'
import type { SyncState } from './collection'
import { mappableEvent } from './linkedEventsApi'
import {
  remoteEventId,
  toLinkedPlace,
  toRemoteSeries,
  type LinkedEvent,
  type LinkedPlace,
  type Localised,
  type MappingOptions,
} from './mapping'
import { QUEUE, STATE_COLLECTION, TASK, type ResolvedOptions } from './options'
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
      data: data,
      depth: 0,
      overrideAccess: true,
      req,
    })
  else
    await req.payload.create({
      collection: STATE_COLLECTION,
      data: { eventId, ...data } as never,
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
  opts: { force?: boolean; waitUntil?: Date } = {},
) {
  await req.payload.jobs.queue({
    task: TASK.sync as never,
    input: { eventId, force: Boolean(opts.force) } as never,
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
    collection: options.events.slug as 'users',
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
  const event = mappableEvent(doc)
  const series = expand(new Date(event.startsAt), recurrenceOf(doc.recurrence as Record<string, unknown>))
  event.occurrences = series.ok ? series.starts.map((start) => start.toISOString()) : undefined
  const placeDoc = doc[options.events.placeField] as Record<string, unknown> | null | undefined
  const place = placeDoc && typeof placeDoc === 'object' ? placeOf(placeDoc, mapping) : undefined
  return { exists: true as const, ownerId, event, place }
}

function placeOf(doc: Record<string, unknown>, mapping: MappingOptions): LinkedPlace {
  const localised = (value: unknown): Localised => (value && typeof value === 'object' ? value : {})
  const municipality = doc.municipality as { name?: unknown } | null
  const coordinates = (doc.coordinates ?? {}) as { latitude?: number | null; longitude?: number | null }
  return toLinkedPlace(
    {
      id: doc.id as number,
      name: localised(doc.name),
      streetAddress: localised(doc.streetAddress),
      postcode: doc.postcode as string | null,
      municipality: typeof municipality === 'object' && municipality ? localised(municipality.name) : {},
      latitude: coordinates.latitude,
      longitude: coordinates.longitude,
    },
    mapping,
  )
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

/**
 * Brings the remote in line with one event. Idempotent: every write uses our own ids, a create
 * that meets "already exists" becomes an update, and running it twice changes nothing the second
 * time. Errors the remote calls permanent are shown on the event; the rest are retried later.
 */
export async function syncEvent(
  req: PayloadRequest,
  options: ResolvedOptions,
  eventId: number,
  force = false,
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
      if (state?.remoteId && state.state !== 'removed') await removeRemote(client, state)
      if (!desired.exists) {
        if (state) await req.payload.delete({ collection: STATE_COLLECTION, id: state.id, overrideAccess: true, req })
      } else if (state) {
        await save({
          state: 'removed',
          children: [],
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
    if (!force && state?.hash === hash) {
      if (state.state !== 'synced') await save({ state: 'synced' })
      return 'synced'
    }

    const wasThere = Boolean(state?.remoteId) && state?.state !== 'removed'
    const previousChildren = wasThere ? (state?.children ?? []) : []
    for (const child of previousChildren) known.add(child.id)
    if (place) {
      // Another event sent it already: update first rather than meet "already exists".
      const placeKnown =
        state?.placeSynced === event.placeId ||
        (
          await req.payload.count({
            collection: STATE_COLLECTION,
            where: { placeSynced: { equals: event.placeId } },
            overrideAccess: true,
            req,
          })
        ).totalDocs > 0
      const placed = await client.upsert('place', place, placeKnown)
      if (placed === 'gone') throw new PermanentRemoteError(410, say('fi', 'placeGone', { id: place.id }))
    }

    let parent = await client.upsert('event', withoutModified(series.parent), wasThere)
    let children: ChildRecord[] | 'gone' = 'gone'
    for (let restarts = 0; ; restarts++) {
      if (parent !== 'gone') {
        parentId = series.parent.id
        children = await upsertChildren(client, series.children, known)
        if (children !== 'gone') break
      }
      if (restarts === 2) throw new PermanentRemoteError(410, say('fi', 'keepsDisappearing', { id: series.parent.id }))
      // Deleted by hand on the remote: a deleted id is never reused, so the event starts over
      // under the next incarnation's ids, and what is left of the old one is removed.
      await removeRemote(client, { remoteId: series.parent.id, children: [...known].map((id) => ({ id, endsAt: '' })) })
      known.clear()
      parentId = undefined
      incarnation += 1
      series = toRemoteSeries(event, { ...mapping, remoteId: idFor(incarnation), now })
      parent = await client.upsert('event', withoutModified(series.parent), false)
    }

    const current = children
    const pastChildren = previousChildren.filter((child) => child.endsAt && Date.parse(child.endsAt) < now.getTime())
    const keep = new Set([...current.map((child) => child.id), ...pastChildren.map((child) => child.id)])
    const removed = previousChildren.filter((child) => !keep.has(child.id))
    await inBatches(removed, 4, (child) => client.remove('event', child.id))

    await save({
      state: 'synced',
      owner: ownerId,
      remoteId: series.parent.id,
      remoteUrl: series.parent['@id'],
      incarnation,
      children: [...pastChildren.filter((child) => !current.some((c) => c.id === child.id)), ...current],
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
    const result = await client.upsert('event', withoutModified(child), known.has(child.id))
    if (result === 'gone') {
      gone = true
      return
    }
    known.add(child.id)
    records.push({ id: child.id, modified: result.last_modified_time ?? null, endsAt: endOf(child) })
  })
  return gone ? 'gone' : records.sort((a, b) => a.id.localeCompare(b.id))
}

/** Deletes children first, then the parent; what is already gone counts as deleted. */
async function removeRemote(client: RegionalCalendarClient, state: Pick<StateRow, 'remoteId' | 'children'>) {
  await inBatches(state.children ?? [], 4, (child) => client.remove('event', child.id))
  if (state.remoteId) await client.remove('event', state.remoteId)
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
