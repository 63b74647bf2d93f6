import type { PayloadRequest } from 'payload'
import { createClient } from './client'
import { STATE_COLLECTION, type ResolvedOptions } from './options'
import { queueSync, type StateRow } from './sync'

export type ReconcileReport = { remoteSeen: number; deletedOnRemote: number; queued: number }

/**
 * Compares what the remote holds for our data source with what we hold, and repairs drift. Seutu
 * CMS is the source of truth for its own events:
 * - on the remote but not ours (deleted here, or an orphaned occurrence): deleted there;
 * - ours but missing, deleted or edited by hand on the remote: queued for a forced sync, which
 *   recreates or overwrites it;
 * - published here but never synced (say, from before the sync was switched on): queued.
 * Past events are left alone: the remote refuses edits to them.
 */
export async function reconcile(req: PayloadRequest, options: ResolvedOptions): Promise<ReconcileReport | 'off'> {
  const connection = options.connection()
  if (!connection) return 'off'
  const client = createClient(connection)
  const now = Date.now()
  const upcoming = (endsAt?: string | null) => !endsAt || Date.parse(endsAt) >= now

  // What the remote should hold: every id of every synced event, with its last-modified time.
  const expected = new Map<string, { eventId: number; modified?: string | null; endsAt?: string | null }>()
  // Events with a job on the way: their remote copies are that job's business.
  const inFlight = new Set<string>()
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
    for (const doc of result.docs as unknown as StateRow[]) {
      states.set(doc.eventId, doc)
      if (!doc.remoteId) continue
      if (doc.state === 'queued' || doc.state === 'failing') {
        for (const id of [doc.remoteId, ...(doc.children ?? []).map((child) => child.id)]) inFlight.add(id)
        continue
      }
      if (doc.state !== 'synced') continue
      expected.set(doc.remoteId, { eventId: doc.eventId, modified: doc.remoteModified, endsAt: doc.endsAt })
      for (const child of doc.children ?? [])
        expected.set(child.id, { eventId: doc.eventId, modified: child.modified, endsAt: child.endsAt })
    }
    if (!result.hasNextPage) break
  }

  const toSync = new Set<number>()
  const toDelete: string[] = []
  const seen = new Set<string>()
  let remoteSeen = 0
  for await (const remote of client.events(options.dataSource)) {
    remoteSeen++
    if (inFlight.has(remote.id)) continue
    const mine = expected.get(remote.id)
    if (remote.deleted) {
      if (mine && upcoming(mine.endsAt)) toSync.add(mine.eventId)
      continue
    }
    seen.add(remote.id)
    if (!mine) toDelete.push(remote.id)
    else if (upcoming(mine.endsAt) && mine.modified && remote.last_modified_time !== mine.modified)
      toSync.add(mine.eventId)
  }
  for (const [id, mine] of expected) if (!seen.has(id) && upcoming(mine.endsAt)) toSync.add(mine.eventId)

  // Children before parents, so the remote never holds a child whose parent is gone.
  toDelete.sort((a, b) => b.length - a.length)
  for (const id of toDelete) await client.remove('event', id)

  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection: options.events.slug as 'users',
      where: {
        and: [
          { _status: { equals: 'published' } },
          {
            or: [
              { endsAt: { greater_than_equal: new Date(now).toISOString() } },
              { startsAt: { greater_than_equal: new Date(now).toISOString() } },
            ],
          },
        ],
      },
      select: { id: true } as never,
      limit: 1000,
      page,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const { id } of result.docs as unknown as { id: number }[]) {
      const state = states.get(id)
      if (!state || state.state === 'removed') toSync.add(id)
    }
    if (!result.hasNextPage) break
  }

  for (const eventId of toSync) await queueSync(req, eventId, { force: true })
  return { remoteSeen, deletedOnRemote: toDelete.length, queued: toSync.size }
}
