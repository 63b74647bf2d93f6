import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * When each cache tag of the public pages last went stale. Not a Payload collection: the
 * collections' hooks write it with plain SQL in the change's transaction (also in job workers,
 * where Next's revalidateTag does not exist) and every app instance's cache handler reads it
 * (src/server/nextCacheHandler.mjs).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE IF NOT EXISTS "next_cache_tags" (
      "tag" text PRIMARY KEY,
      "revalidated_at" timestamp(6) with time zone NOT NULL DEFAULT clock_timestamp()
    );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "next_cache_tags";`)
}
