import type { PayloadRequest } from 'payload'
import { createClient, type RemoteObject } from './client'
import { parseRemoteEventId } from './mapping'
import { RECONCILIATION_GLOBAL, STATE_COLLECTION, TASK, type ResolvedOptions } from './options'
import { mappingOptions, queueSync, type ChildRecord, type StateRow } from './sync'

/** Why the reconciliation sent an event's sync again. */
export type RepairReason = 'missing' | 'deletedOnRemote' | 'editedOnRemote' | 'notSent' | 'unrecorded' | 'notPublished'
export type ReconcileReport = {
  remoteSeen: number
  /** One entry per event queued for a forced sync. */
  repairs: { eventId: number; reason: RepairReason }[]
  /** Events left alone because a sync job of theirs was queued or running. */
  busy: number
}

type Remote = { live: Map<string, RemoteObject>; deleted: Set<string> }

/** Event ids with a sync job not yet finished (waiting or running): their remote copies are that job's business. */
async function busyEvents(req: PayloadRequest): Promise<Set<number>> {
  const result = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: TASK.sync } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return new Set(result.docs.map((job) => Number((job.input as { eventId?: unknown } | null)?.eventId)))
}

async function publishedEvents(req: PayloadRequest, options: ResolvedOptions): Promise<Map<number, boolean>> {
  const now = new Date().toISOString()
  const published = new Map<number, boolean>()
  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection: options.events.slug,
      where: { _status: { equals: 'published' } },
      select: { id: true, startsAt: true, endsAt: true },
      limit: 1000,
      page,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const doc of result.docs as unknown as { id: number; startsAt?: string; endsAt?: string | null }[])
      published.set(doc.id, (doc.endsAt ?? doc.startsAt ?? now) >= now)
    if (!result.hasNextPage) break
  }
  return published
}

/**
 * Compares what the remote holds for our data source with what we hold, and queues a forced sync
 * for each event that has drifted. It deletes nothing itself: every remote write, deletes
 * included, is done by the event's own sync job under the per-event lock, which reads the event
 * when it runs and deletes only what the event says is no longer published (sync.ts). So neither
 * missing bookkeeping nor a job running at the same time can make it delete a live event.
 * - on the remote but deleted or unpublished here: queued, with the ids seen, to be deleted;
 * - published here but missing, deleted or edited by hand on the remote: queued, to be recreated
 *   or overwritten;
 * - published here but never synced (say, from before the sync was switched on): queued;
 * - ids of a published event that the bookkeeping does not know (a create whose answer was
 *   lost): queued with them, so the job adopts or removes them.
 * Events whose sync job is waiting or running, that ended, or whose latest version the remote
 * refused (sending it again cannot help) are left alone.
 */
export async function reconcile(req: PayloadRequest, options: ResolvedOptions): Promise<ReconcileReport | 'off'> {
  const connection = options.connection()
  if (!connection) return 'off'
  const client = createClient(connection)
  const mapping = mappingOptions(options, connection.baseUrl)
  const startedAt = new Date()
  await req.payload.updateGlobal({
    slug: RECONCILIATION_GLOBAL,
    data: { startedAt: startedAt.toISOString(), finishedAt: null, error: null },
    depth: 0,
    overrideAccess: true,
    req,
  })
  try {
    const report = await compare(req, options, client, mapping, startedAt)
    await req.payload.updateGlobal({
      slug: RECONCILIATION_GLOBAL,
      data: { finishedAt: new Date().toISOString(), report },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return report
  } catch (error) {
    await req.payload.updateGlobal({
      slug: RECONCILIATION_GLOBAL,
      data: { error: (error as Error).message },
      depth: 0,
      overrideAccess: true,
      req,
    })
    throw error
  }
}

async function compare(
  req: PayloadRequest,
  options: ResolvedOptions,
  client: ReturnType<typeof createClient>,
  mapping: ReturnType<typeof mappingOptions>,
  startedAt: Date,
): Promise<ReconcileReport> {
  const busyBefore = await busyEvents(req)
  const states = new Map<number, StateRow>()
  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection: STATE_COLLECTION,
      limit: 500,
      page,
      depth: 0,
      overrideAccess: true,
      req,
      sort: 'id',
    })
    for (const doc of result.docs as unknown as StateRow[]) states.set(doc.eventId, doc)
    if (!result.hasNextPage) break
  }
  const published = await publishedEvents(req, options)

  const remote = new Map<number, Remote>()
  let remoteSeen = 0
  for await (const object of client.events(options.dataSource)) {
    remoteSeen++
    const parsed = parseRemoteEventId(object.id, mapping)
    // Not an id we make: someone else's under our data source, never ours to delete.
    if (!parsed) continue
    const entry: Remote = remote.get(parsed.eventId) ?? { live: new Map(), deleted: new Set() }
    if (object.deleted) entry.deleted.add(object.id)
    else entry.live.set(object.id, object)
    remote.set(parsed.eventId, entry)
  }

  const repairs = new Map<number, { reason: RepairReason; strays: string[] }>()
  const candidates = new Set([...remote.keys(), ...[...published].filter(([, upcoming]) => upcoming).map(([id]) => id)])
  for (const eventId of candidates) {
    const state = states.get(eventId)
    const seen: Remote = remote.get(eventId) ?? { live: new Map(), deleted: new Set<string>() }
    const live = [...seen.live.keys()]
    if (!published.has(eventId)) {
      if (live.length) repairs.set(eventId, { reason: 'notPublished', strays: live })
      continue
    }
    if (!published.get(eventId) || state?.state === 'past' || state?.state === 'failed') continue
    if (!state || state.state === 'removed' || state.state === 'queued' || state.state === 'failing') {
      repairs.set(eventId, { reason: 'notSent', strays: live })
      continue
    }
    const now = Date.now()
    const records: ChildRecord[] = [
      ...(state.remoteId ? [{ id: state.remoteId, modified: state.remoteModified, endsAt: state.endsAt ?? '' }] : []),
      ...(state.children ?? []),
    ]
    const expected = records.filter((entry) => !entry.endsAt || Date.parse(entry.endsAt) >= now)
    const recorded = new Set(records.map((entry) => entry.id))
    const unrecorded = live.filter((id) => !recorded.has(id))
    const reason: RepairReason | undefined = expected.some((entry) => seen.deleted.has(entry.id))
      ? 'deletedOnRemote'
      : expected.some((entry) => !seen.live.has(entry.id))
        ? 'missing'
        : expected.some((entry) => entry.modified && seen.live.get(entry.id)?.last_modified_time !== entry.modified)
          ? 'editedOnRemote'
          : unrecorded.length
            ? 'unrecorded'
            : undefined
    if (reason) repairs.set(eventId, { reason, strays: unrecorded })
  }

  // A job queued or a state written since the comparison began has newer knowledge than the
  // remote's listing: leave those events to it.
  const changed = await req.payload.find({
    collection: STATE_COLLECTION,
    where: { updatedAt: { greater_than_equal: startedAt.toISOString() } },
    select: { eventId: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const busy = new Set([...busyBefore, ...(await busyEvents(req)), ...changed.docs.map((doc) => doc.eventId)])
  const report: ReconcileReport = { remoteSeen, repairs: [], busy: 0 }
  for (const [eventId, { reason, strays }] of repairs) {
    if (busy.has(eventId)) {
      report.busy++
      continue
    }
    await queueSync(req, eventId, { force: true, strays })
    report.repairs.push({ eventId, reason })
  }
  return report
}
