import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Indexes for the calendar's occurrence queries (src/app/(sites)/data/events.ts), which Payload's
 * one-column indexes left to filter row by row: a site's page in calendar order, its count read
 * from the index alone, free events, a municipality's places in calendar order, and a topic's
 * occurrences read from the index alone (a topic's count joins thousands of them).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX "event_occurrences_site_starts_idx" ON "event_occurrences" USING btree ("site_id", "starts_at", "id");
  CREATE INDEX "event_occurrences_site_ends_idx" ON "event_occurrences" USING btree ("site_id", "ends_at") INCLUDE ("id", "event_id", "place_id", "is_free");
  CREATE INDEX "event_occurrences_free_idx" ON "event_occurrences" USING btree ("site_id", "starts_at", "id") WHERE "is_free";
  CREATE INDEX "event_occurrences_place_starts_idx" ON "event_occurrences" USING btree ("place_id", "starts_at", "id");
  CREATE INDEX "event_occurrences_rels_topics_path_parent_idx" ON "event_occurrences_rels" USING btree ("topics_id", "path", "parent_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "event_occurrences_rels_topics_path_parent_idx";
  DROP INDEX "event_occurrences_place_starts_idx";
  DROP INDEX "event_occurrences_free_idx";
  DROP INDEX "event_occurrences_site_ends_idx";
  DROP INDEX "event_occurrences_site_starts_idx";`)
}
