import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The text search's stems and accent-free text stored in each localised row of events, as
 * generated columns, instead of two expression indexes: PostgreSQL rechecks every row a
 * trigram index (which is lossy) finds, and with only the expressions it stemmed the text of
 * each such row again, seconds for a word that every event has. The stored columns are read
 * instead (src/server/textSearch.ts), their statistics tell the planner how common a word is,
 * and the index on `_parent_id` lets the calendar check one event's texts as it walks its
 * occurrences in order (the unique index starts with `_locale`).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "events_locales"
    ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (public.search_vector("_locale", coalesce("name", '') || ' ' || coalesce("short_description", ''))) STORED,
    ADD COLUMN "search_text" text GENERATED ALWAYS AS (public.search_text(coalesce("name", '') || ' ' || coalesce("short_description", ''))) STORED;
  DROP INDEX "events_locales_search_idx";
  DROP INDEX "events_locales_search_text_idx";
  CREATE INDEX "events_locales_search_vector_idx" ON "events_locales" USING gin ("search_vector");
  CREATE INDEX "events_locales_search_text_idx" ON "events_locales" USING gin ("search_text" public.gin_trgm_ops);
  CREATE INDEX "events_locales_parent_idx" ON "events_locales" USING btree ("_parent_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "events_locales_parent_idx";
  DROP INDEX "events_locales_search_text_idx";
  DROP INDEX "events_locales_search_vector_idx";
  ALTER TABLE "events_locales" DROP COLUMN "search_text", DROP COLUMN "search_vector";
  CREATE INDEX "events_locales_search_idx" ON "events_locales"
    USING gin (public.search_vector("_locale", coalesce("name", '') || ' ' || coalesce("short_description", '')));
  CREATE INDEX "events_locales_search_text_idx" ON "events_locales"
    USING gin (public.search_text(coalesce("name", '') || ' ' || coalesce("short_description", '')) public.gin_trgm_ops);`)
}
