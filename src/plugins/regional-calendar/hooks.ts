import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import type { ResolvedOptions } from './options'
import { STATE_COLLECTION } from './options'
import { findState, queueSync, relationId, writeState } from './sync'

/** The plugin knows nothing of the event's type beyond the fields its options name. */
type Doc = Record<string, unknown> & { id: number }

/**
 * Never a call to the remote from here: this runs before the transaction commits (payload#5886).
 * The hook only writes a job row and the "queued" state with `req`, in the same transaction as
 * the change, so a change that rolls back queues nothing and a committed one is never lost.
 */
async function queueFor(req: PayloadRequest, options: ResolvedOptions, doc: Doc, published: boolean) {
  if (!options.connection()) return
  const eventId = doc.id
  const state = await findState(req, eventId)
  // A draft that was never published has nothing on the remote to update or remove.
  if (!published && (!state || state.state === 'removed')) return
  await writeState(req, eventId, { state: 'queued', owner: relationId(doc[options.events.ownerField]) }, state)
  await queueSync(req, eventId)
}

export const queueOnChange =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, req }: { doc: Doc; req: PayloadRequest }) => {
    await queueFor(req, options, doc, doc._status === 'published')
    return doc
  }

export const queueOnDelete =
  (options: ResolvedOptions): CollectionAfterDeleteHook =>
  async ({ doc, req }: { doc: Doc; req: PayloadRequest }) => {
    await queueFor(req, options, doc, false)
    return doc
  }

/**
 * A place is sent with the events that point to it. When it changes, one synced event there is
 * re-sent (the place goes first), so the remote's address follows without waiting for an event edit.
 */
export const queueOnPlaceChange =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, req }: { doc: Doc; req: PayloadRequest }) => {
    if (!options.connection()) return doc
    const result = await req.payload.find({
      collection: STATE_COLLECTION,
      where: { and: [{ placeSynced: { equals: doc.id } }, { state: { equals: 'synced' } }] },
      sort: '-endsAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const state = result.docs[0]
    if (state) await queueSync(req, state.eventId, { force: true })
    return doc
  }
