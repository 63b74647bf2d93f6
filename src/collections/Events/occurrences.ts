import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import type { Event } from '../../payload-types'
import { occurrencesOf, recurrenceOf } from '../../lib/recurrence'
import { drizzleOf } from '../../server/sql'

const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)

/**
 * Rewrites the occurrence rows of the events `ids` from their main documents, which is what the
 * public sees: a published event gets a row per occurrence and site, anything else none. Runs in
 * the caller's transaction, so the calendar never sees half a series.
 */
export async function refreshOccurrences(req: PayloadRequest, ids: number[]): Promise<void> {
  if (ids.length === 0) return
  const { docs } = await req.payload.find({
    collection: 'events',
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: {
      startsAt: true,
      endsAt: true,
      recurrence: true,
      sites: true,
      place: true,
      topics: true,
      audience: true,
      isFree: true,
    },
  })
  await req.payload.db.deleteMany({ collection: 'event-occurrences', where: { event: { in: ids } }, req })
  const rows = docs.flatMap((doc) => {
    const sites = doc.sites?.length ? doc.sites.map(idOf) : [null]
    const occurrences = occurrencesOf(
      new Date(doc.startsAt),
      doc.endsAt ? new Date(doc.endsAt) : undefined,
      recurrenceOf(doc.recurrence),
    )
    return sites.flatMap((site) =>
      occurrences.map(({ start, end }) => ({
        event_id: doc.id,
        site_id: site,
        starts_at: start.toISOString(),
        ends_at: (end ?? start).toISOString(),
        place_id: doc.place ? idOf(doc.place) : null,
        is_free: Boolean(doc.isFree),
        topics: (doc.topics ?? []).map(idOf),
        audience: doc.audience ?? [],
      })),
    )
  })
  if (rows.length === 0) return
  // In the request's transaction: a bulk insert Payload has no call for (a series has up to 1,500 rows).
  const db = await drizzleOf(req)
  await db.execute(sql`
    INSERT INTO event_occurrences (event_id, site_id, starts_at, ends_at, place_id, is_free, topics, audience)
    SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS r(event_id integer, site_id integer, starts_at timestamptz, ends_at timestamptz, place_id integer, is_free boolean, topics jsonb, audience jsonb)
  `)
}

/**
 * Every change of an event: a publish or an edit of a published event rewrites its rows, an
 * unpublish removes them, and a draft saved over a published event rewrites the same rows
 * (Payload leaves the main document as it is).
 */
export const syncOccurrences: CollectionAfterChangeHook<Event> = async ({ doc, req }) => {
  await refreshOccurrences(req, [doc.id])
  return doc
}

/** Before the event goes: its rows point to it (the column may not be emptied). */
export const removeOccurrences: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.db.deleteMany({ collection: 'event-occurrences', where: { event: { equals: id } }, req })
}
