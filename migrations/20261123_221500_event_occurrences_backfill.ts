import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { refreshOccurrences } from '../src/collections/Events/occurrences'

/** Occurrence rows for the events published before there were any, a thousand events at a time. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  for (let page = 1, more = true; more; page++) {
    const batch = await payload.find({
      collection: 'events',
      where: { _status: { equals: 'published' } },
      select: { startsAt: true },
      sort: 'id',
      limit: 1000,
      page,
      depth: 0,
      overrideAccess: true,
      req,
    })
    await refreshOccurrences(
      req,
      batch.docs.map((doc) => doc.id),
    )
    more = batch.hasNextPage
  }
}

export async function down({ payload, req }: MigrateDownArgs): Promise<void> {
  await payload.db.deleteMany({ collection: 'event-occurrences', where: {}, req })
}
