import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The occurrence rows' copies of their event's topics and audiences move from relationship tables
 * into JSON arrays in the row, and the calendar's count index carries them: a count under a topic
 * or an audience is then read from one index alone, instead of joining tens of thousands of rows
 * (src/app/(sites)/data/events.ts). A plain count reads a narrow index of its own, a seventh of the
 * wide one's size. The Linked Events API counts the events of a date range from (ends_at, event_id).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "event_occurrences" ADD COLUMN "topics" jsonb;
  ALTER TABLE "event_occurrences" ADD COLUMN "audience" jsonb;
  UPDATE "event_occurrences" o SET
    "topics" = (SELECT coalesce(jsonb_agg(r."topics_id" ORDER BY r."order"), '[]') FROM "event_occurrences_rels" r WHERE r."parent_id" = o."id" AND r."path" = 'topics'),
    "audience" = (SELECT coalesce(jsonb_agg(a."value" ORDER BY a."order"), '[]') FROM "event_occurrences_audience" a WHERE a."parent_id" = o."id");
  DROP TABLE "event_occurrences_audience" CASCADE;
  DROP TABLE "event_occurrences_rels" CASCADE;
  DROP TYPE "public"."enum_event_occurrences_audience";
  DROP INDEX "event_occurrences_site_ends_idx";
  CREATE INDEX "event_occurrences_site_ends_idx" ON "event_occurrences" USING btree ("site_id", "ends_at") INCLUDE ("id", "event_id", "place_id", "is_free", "topics", "audience");
  CREATE INDEX "event_occurrences_site_ends_count_idx" ON "event_occurrences" USING btree ("site_id", "ends_at");
  CREATE INDEX "event_occurrences_ends_event_idx" ON "event_occurrences" USING btree ("ends_at", "event_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_event_occurrences_audience" AS ENUM('children', 'youth', 'adults', 'seniors', 'families');
  CREATE TABLE "event_occurrences_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_event_occurrences_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "event_occurrences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  ALTER TABLE "event_occurrences_audience" ADD CONSTRAINT "event_occurrences_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."event_occurrences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_occurrences_rels" ADD CONSTRAINT "event_occurrences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."event_occurrences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_occurrences_rels" ADD CONSTRAINT "event_occurrences_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "event_occurrences_audience_order_idx" ON "event_occurrences_audience" USING btree ("order");
  CREATE INDEX "event_occurrences_audience_parent_idx" ON "event_occurrences_audience" USING btree ("parent_id");
  CREATE INDEX "event_occurrences_rels_order_idx" ON "event_occurrences_rels" USING btree ("order");
  CREATE INDEX "event_occurrences_rels_parent_idx" ON "event_occurrences_rels" USING btree ("parent_id");
  CREATE INDEX "event_occurrences_rels_path_idx" ON "event_occurrences_rels" USING btree ("path");
  CREATE INDEX "event_occurrences_rels_topics_id_idx" ON "event_occurrences_rels" USING btree ("topics_id");
  CREATE INDEX "event_occurrences_rels_topics_path_parent_idx" ON "event_occurrences_rels" USING btree ("topics_id", "path", "parent_id");
  INSERT INTO "event_occurrences_rels" ("order", "parent_id", "path", "topics_id")
    SELECT t.position, o."id", 'topics', t.topic::integer FROM "event_occurrences" o CROSS JOIN jsonb_array_elements_text(o."topics") WITH ORDINALITY AS t(topic, position)
    WHERE EXISTS (SELECT 1 FROM "topics" WHERE "topics"."id" = t.topic::integer);
  INSERT INTO "event_occurrences_audience" ("order", "parent_id", "value")
    SELECT a.position, o."id", a.value::"enum_event_occurrences_audience" FROM "event_occurrences" o CROSS JOIN jsonb_array_elements_text(o."audience") WITH ORDINALITY AS a(value, position);
  DROP INDEX "event_occurrences_ends_event_idx";
  DROP INDEX "event_occurrences_site_ends_count_idx";
  DROP INDEX "event_occurrences_site_ends_idx";
  CREATE INDEX "event_occurrences_site_ends_idx" ON "event_occurrences" USING btree ("site_id", "ends_at") INCLUDE ("id", "event_id", "place_id", "is_free");
  ALTER TABLE "event_occurrences" DROP COLUMN "topics";
  ALTER TABLE "event_occurrences" DROP COLUMN "audience";`)
}
