import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "regional_calendar_places" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"place_id" numeric NOT NULL,
  	"remote_id" varchar,
  	"hash" varchar,
  	"synced_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "regional_calendar_reconciliation" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"requested_at" timestamp(3) with time zone,
  	"requested_by" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"report" jsonb,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "regional_calendar_places_id" integer;
  CREATE UNIQUE INDEX "regional_calendar_places_place_id_idx" ON "regional_calendar_places" USING btree ("place_id");
  CREATE INDEX "regional_calendar_places_updated_at_idx" ON "regional_calendar_places" USING btree ("updated_at");
  CREATE INDEX "regional_calendar_places_created_at_idx" ON "regional_calendar_places" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regional_calendar_places_fk" FOREIGN KEY ("regional_calendar_places_id") REFERENCES "public"."regional_calendar_places"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_regional_calendar_places_i_idx" ON "payload_locked_documents_rels" USING btree ("regional_calendar_places_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "regional_calendar_places" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "regional_calendar_reconciliation" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "regional_calendar_places" CASCADE;
  DROP TABLE "regional_calendar_reconciliation" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_regional_calendar_places_fk";
  
  DROP INDEX "payload_locked_documents_rels_regional_calendar_places_i_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "regional_calendar_places_id";`)
}
