import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_regional_calendar_sync_state" AS ENUM('queued', 'synced', 'failing', 'failed', 'removed', 'past');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'regionalCalendarSyncEvent' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'regionalCalendarReconcile' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'regionalCalendarReapJobs' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'regionalCalendarSyncEvent' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'regionalCalendarReconcile' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'regionalCalendarReapJobs' BEFORE 'schedulePublish';
  CREATE TABLE "regional_calendar_sync" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" numeric NOT NULL,
  	"owner_id" integer,
  	"state" "enum_regional_calendar_sync_state" NOT NULL,
  	"remote_id" varchar,
  	"remote_url" varchar,
  	"incarnation" numeric DEFAULT 1,
  	"children" jsonb,
  	"remote_modified" varchar,
  	"place_synced" numeric,
  	"ends_at" timestamp(3) with time zone,
  	"hash" varchar,
  	"synced_at" timestamp(3) with time zone,
  	"attempts" numeric DEFAULT 0,
  	"first_failure_at" timestamp(3) with time zone,
  	"next_attempt_at" timestamp(3) with time zone,
  	"last_status" numeric,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "concurrency_key" varchar;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "regional_calendar_sync_id" integer;
  ALTER TABLE "regional_calendar_sync" ADD CONSTRAINT "regional_calendar_sync_owner_id_organisations_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "regional_calendar_sync_event_id_idx" ON "regional_calendar_sync" USING btree ("event_id");
  CREATE INDEX "regional_calendar_sync_owner_idx" ON "regional_calendar_sync" USING btree ("owner_id");
  CREATE INDEX "regional_calendar_sync_state_idx" ON "regional_calendar_sync" USING btree ("state");
  CREATE INDEX "regional_calendar_sync_remote_id_idx" ON "regional_calendar_sync" USING btree ("remote_id");
  CREATE INDEX "regional_calendar_sync_ends_at_idx" ON "regional_calendar_sync" USING btree ("ends_at");
  CREATE INDEX "regional_calendar_sync_updated_at_idx" ON "regional_calendar_sync" USING btree ("updated_at");
  CREATE INDEX "regional_calendar_sync_created_at_idx" ON "regional_calendar_sync" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regional_calendar_sync_fk" FOREIGN KEY ("regional_calendar_sync_id") REFERENCES "public"."regional_calendar_sync"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");
  CREATE INDEX "payload_locked_documents_rels_regional_calendar_sync_id_idx" ON "payload_locked_documents_rels" USING btree ("regional_calendar_sync_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "regional_calendar_sync" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "regional_calendar_sync" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_regional_calendar_sync_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_jobs_concurrency_key_idx";
  DROP INDEX "payload_locked_documents_rels_regional_calendar_sync_id_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "concurrency_key";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "regional_calendar_sync_id";
  DROP TYPE "public"."enum_regional_calendar_sync_state";`)
}
