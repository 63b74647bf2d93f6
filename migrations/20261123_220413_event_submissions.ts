import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_submission_state" AS ENUM('pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_events_submission_language" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum__events_v_version_submission_state" AS ENUM('pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum__events_v_version_submission_language" AS ENUM('fi', 'sv', 'en');
  ALTER TABLE "events" ADD COLUMN "submission_state" "enum_events_submission_state";
  ALTER TABLE "events" ADD COLUMN "submission_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "submission_language" "enum_events_submission_language";
  ALTER TABLE "events" ADD COLUMN "submission_submitter_name" varchar;
  ALTER TABLE "events" ADD COLUMN "submission_submitter_email" varchar;
  ALTER TABLE "events" ADD COLUMN "submission_message" varchar;
  ALTER TABLE "events" ADD COLUMN "submission_organiser" varchar;
  ALTER TABLE "events" ADD COLUMN "submission_place_name" varchar;
  ALTER TABLE "events" ADD COLUMN "submission_place_address" varchar;
  ALTER TABLE "events" ADD COLUMN "submission_municipality_id" integer;
  ALTER TABLE "events" ADD COLUMN "submission_client_key" varchar;
  ALTER TABLE "events" ADD COLUMN "moderation_rank" numeric DEFAULT 1;
  ALTER TABLE "_events_v" ADD COLUMN "version_submission_state" "enum__events_v_version_submission_state";
  ALTER TABLE "_events_v" ADD COLUMN "version_submission_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_submission_language" "enum__events_v_version_submission_language";
  ALTER TABLE "_events_v" ADD COLUMN "version_submission_submitter_name" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_submission_submitter_email" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_submission_message" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_submission_organiser" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_submission_place_name" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_submission_place_address" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_submission_municipality_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_submission_client_key" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_moderation_rank" numeric DEFAULT 1;
  ALTER TABLE "events" ADD CONSTRAINT "events_submission_municipality_id_municipalities_id_fk" FOREIGN KEY ("submission_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_submission_municipality_id_municipalities_id_fk" FOREIGN KEY ("version_submission_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "events_submission_submission_submitted_at_idx" ON "events" USING btree ("submission_submitted_at");
  CREATE INDEX "events_submission_submission_municipality_idx" ON "events" USING btree ("submission_municipality_id");
  CREATE INDEX "events_submission_submission_client_key_idx" ON "events" USING btree ("submission_client_key");
  CREATE INDEX "events_moderation_rank_idx" ON "events" USING btree ("moderation_rank");
  CREATE INDEX "_events_v_version_submission_version_submission_submitte_idx" ON "_events_v" USING btree ("version_submission_submitted_at");
  CREATE INDEX "_events_v_version_submission_version_submission_municipa_idx" ON "_events_v" USING btree ("version_submission_municipality_id");
  CREATE INDEX "_events_v_version_submission_version_submission_client_k_idx" ON "_events_v" USING btree ("version_submission_client_key");
  CREATE INDEX "_events_v_version_version_moderation_rank_idx" ON "_events_v" USING btree ("version_moderation_rank");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events" DROP CONSTRAINT "events_submission_municipality_id_municipalities_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_submission_municipality_id_municipalities_id_fk";
  
  DROP INDEX "events_submission_submission_submitted_at_idx";
  DROP INDEX "events_submission_submission_municipality_idx";
  DROP INDEX "events_submission_submission_client_key_idx";
  DROP INDEX "events_moderation_rank_idx";
  DROP INDEX "_events_v_version_submission_version_submission_submitte_idx";
  DROP INDEX "_events_v_version_submission_version_submission_municipa_idx";
  DROP INDEX "_events_v_version_submission_version_submission_client_k_idx";
  DROP INDEX "_events_v_version_version_moderation_rank_idx";
  ALTER TABLE "events" DROP COLUMN "submission_state";
  ALTER TABLE "events" DROP COLUMN "submission_submitted_at";
  ALTER TABLE "events" DROP COLUMN "submission_language";
  ALTER TABLE "events" DROP COLUMN "submission_submitter_name";
  ALTER TABLE "events" DROP COLUMN "submission_submitter_email";
  ALTER TABLE "events" DROP COLUMN "submission_message";
  ALTER TABLE "events" DROP COLUMN "submission_organiser";
  ALTER TABLE "events" DROP COLUMN "submission_place_name";
  ALTER TABLE "events" DROP COLUMN "submission_place_address";
  ALTER TABLE "events" DROP COLUMN "submission_municipality_id";
  ALTER TABLE "events" DROP COLUMN "submission_client_key";
  ALTER TABLE "events" DROP COLUMN "moderation_rank";
  ALTER TABLE "_events_v" DROP COLUMN "version_submission_state";
  ALTER TABLE "_events_v" DROP COLUMN "version_submission_submitted_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_submission_language";
  ALTER TABLE "_events_v" DROP COLUMN "version_submission_submitter_name";
  ALTER TABLE "_events_v" DROP COLUMN "version_submission_submitter_email";
  ALTER TABLE "_events_v" DROP COLUMN "version_submission_message";
  ALTER TABLE "_events_v" DROP COLUMN "version_submission_organiser";
  ALTER TABLE "_events_v" DROP COLUMN "version_submission_place_name";
  ALTER TABLE "_events_v" DROP COLUMN "version_submission_place_address";
  ALTER TABLE "_events_v" DROP COLUMN "version_submission_municipality_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_submission_client_key";
  ALTER TABLE "_events_v" DROP COLUMN "version_moderation_rank";
  DROP TYPE "public"."enum_events_submission_state";
  DROP TYPE "public"."enum_events_submission_language";
  DROP TYPE "public"."enum__events_v_version_submission_state";
  DROP TYPE "public"."enum__events_v_version_submission_language";`)
}
