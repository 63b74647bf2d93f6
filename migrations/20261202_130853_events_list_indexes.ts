import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Indexes for the admin's events list at 100,000 events. Its default sort
 * (`moderationRank`, `-startsAt`, then Payload's own `-createdAt`) in one index per table: the
 * admin reads the version table (`latest` rows), the REST and Local API reads the events table.
 * With the id and the columns of the access rules (status, organiser) in the index, a later
 * page's ids and the list's count are read from the index alone. The name search (`like`, which
 * Payload sends as ILIKE on each word) uses trigram indexes on the names.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX "_events_v_list_idx" ON "_events_v" USING btree ("latest", "version_moderation_rank", "version_starts_at" DESC, "created_at" DESC, "id") INCLUDE ("version__status", "version_organiser_id");
  CREATE INDEX "events_list_idx" ON "events" USING btree ("moderation_rank", "starts_at" DESC, "created_at" DESC, "id") INCLUDE ("_status", "organiser_id");
  CREATE INDEX "_events_v_locales_version_name_trgm_idx" ON "_events_v_locales" USING gin ("version_name" public.gin_trgm_ops);
  CREATE INDEX "events_locales_name_trgm_idx" ON "events_locales" USING gin ("name" public.gin_trgm_ops);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "events_locales_name_trgm_idx";
  DROP INDEX "_events_v_locales_version_name_trgm_idx";
  DROP INDEX "events_list_idx";
  DROP INDEX "_events_v_list_idx";`)
}
