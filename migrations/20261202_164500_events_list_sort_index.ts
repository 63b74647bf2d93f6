import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The admin's events list at 100,000 events, second step (after `20261202_130853_events_list_indexes`).
 * - The list reads the version table with the sort `moderationRank, -startsAt, -createdAt`, which
 *   Payload turns into `version_moderation_rank, version_starts_at DESC, version_created_at DESC`
 *   and then its own tie-break `created_at DESC`. The earlier index lacked `version_created_at`,
 *   so every page sorted its groups again (page 500: 5,000 rows sorted, about 60 ms under load);
 *   with every sort column in order, a page's ids come from the index alone without sorting.
 * - The list's count as an organisation member (`latest AND (published OR own organisation)`)
 *   read the whole table; a narrow index on the access rule's columns lets it count from the
 *   index alone.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "_events_v_list_idx";
  CREATE INDEX "_events_v_list_idx" ON "_events_v" USING btree ("latest", "version_moderation_rank", "version_starts_at" DESC, "version_created_at" DESC, "created_at" DESC, "id") INCLUDE ("version__status", "version_organiser_id");
  CREATE INDEX "_events_v_latest_access_idx" ON "_events_v" USING btree ("latest", "version__status", "version_organiser_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "_events_v_latest_access_idx";
  DROP INDEX "_events_v_list_idx";
  CREATE INDEX "_events_v_list_idx" ON "_events_v" USING btree ("latest", "version_moderation_rank", "version_starts_at" DESC, "created_at" DESC, "id") INCLUDE ("version__status", "version_organiser_id");`)
}
