import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_event_occurrences_audience" AS ENUM('children', 'youth', 'adults', 'seniors', 'families');
  CREATE TABLE "event_occurrences_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_event_occurrences_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "event_occurrences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer NOT NULL,
  	"site_id" integer,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"place_id" integer,
  	"is_free" boolean DEFAULT false
  );
  
  CREATE TABLE "event_occurrences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  ALTER TABLE "event_occurrences_audience" ADD CONSTRAINT "event_occurrences_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."event_occurrences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_occurrences" ADD CONSTRAINT "event_occurrences_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_occurrences" ADD CONSTRAINT "event_occurrences_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_occurrences" ADD CONSTRAINT "event_occurrences_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_occurrences_rels" ADD CONSTRAINT "event_occurrences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."event_occurrences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_occurrences_rels" ADD CONSTRAINT "event_occurrences_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "event_occurrences_audience_order_idx" ON "event_occurrences_audience" USING btree ("order");
  CREATE INDEX "event_occurrences_audience_parent_idx" ON "event_occurrences_audience" USING btree ("parent_id");
  CREATE INDEX "event_occurrences_event_idx" ON "event_occurrences" USING btree ("event_id");
  CREATE INDEX "event_occurrences_site_idx" ON "event_occurrences" USING btree ("site_id");
  CREATE INDEX "event_occurrences_starts_at_idx" ON "event_occurrences" USING btree ("starts_at");
  CREATE INDEX "event_occurrences_ends_at_idx" ON "event_occurrences" USING btree ("ends_at");
  CREATE INDEX "event_occurrences_place_idx" ON "event_occurrences" USING btree ("place_id");
  CREATE INDEX "event_occurrences_rels_order_idx" ON "event_occurrences_rels" USING btree ("order");
  CREATE INDEX "event_occurrences_rels_parent_idx" ON "event_occurrences_rels" USING btree ("parent_id");
  CREATE INDEX "event_occurrences_rels_path_idx" ON "event_occurrences_rels" USING btree ("path");
  CREATE INDEX "event_occurrences_rels_topics_id_idx" ON "event_occurrences_rels" USING btree ("topics_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "event_occurrences_audience" CASCADE;
  DROP TABLE "event_occurrences" CASCADE;
  DROP TABLE "event_occurrences_rels" CASCADE;
  DROP TYPE "public"."enum_event_occurrences_audience";`)
}
