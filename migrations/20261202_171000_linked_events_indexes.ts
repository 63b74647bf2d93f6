import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Indexes for the Linked Events list's counts at 100,000 events
 * (src/plugins/regional-calendar/linkedEventsApi.ts), each read from an index alone: a keyword's
 * events from their topic (Payload's one-column index on `topics_id` left the path and the event
 * to the table), the published events' ids to meet them with (a count joined every event's row),
 * and under a start date the events of the occurrences in the order of their ids, so counting
 * them distinct needs no hash of 100,000 ids.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX "events_rels_topics_path_parent_idx" ON "events_rels" USING btree ("topics_id", "path", "parent_id");
  CREATE INDEX "events_published_id_idx" ON "events" USING btree ("id") WHERE "_status" = 'published';
  CREATE INDEX "event_occurrences_event_ends_idx" ON "event_occurrences" USING btree ("event_id", "ends_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "event_occurrences_event_ends_idx";
  DROP INDEX "events_published_id_idx";
  DROP INDEX "events_rels_topics_path_parent_idx";`)
}
