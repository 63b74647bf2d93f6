import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_recurrence_weekdays" AS ENUM('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
  CREATE TYPE "public"."enum_events_recurrence_frequency" AS ENUM('none', 'daily', 'weekly', 'monthly');
  CREATE TYPE "public"."enum__events_v_version_recurrence_weekdays" AS ENUM('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
  CREATE TYPE "public"."enum__events_v_version_recurrence_frequency" AS ENUM('none', 'daily', 'weekly', 'monthly');
  CREATE TABLE "events_recurrence_weekdays" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_recurrence_weekdays",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events_recurrence_added" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"start" timestamp(3) with time zone
  );
  
  CREATE TABLE "events_recurrence_removed" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone
  );
  
  CREATE TABLE "_events_v_version_recurrence_weekdays" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_recurrence_weekdays",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_recurrence_added" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"start" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_recurrence_removed" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  ALTER TABLE "events" ADD COLUMN "recurrence_frequency" "enum_events_recurrence_frequency" DEFAULT 'none';
  ALTER TABLE "events" ADD COLUMN "recurrence_interval" numeric DEFAULT 1;
  ALTER TABLE "events" ADD COLUMN "recurrence_until" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "recurrence_count" numeric;
  ALTER TABLE "events" ADD COLUMN "recurrence_rule" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_frequency" "enum__events_v_version_recurrence_frequency" DEFAULT 'none';
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_interval" numeric DEFAULT 1;
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_until" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_count" numeric;
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_rule" varchar;
  ALTER TABLE "events_recurrence_weekdays" ADD CONSTRAINT "events_recurrence_weekdays_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_recurrence_added" ADD CONSTRAINT "events_recurrence_added_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_recurrence_removed" ADD CONSTRAINT "events_recurrence_removed_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_recurrence_weekdays" ADD CONSTRAINT "_events_v_version_recurrence_weekdays_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_recurrence_added" ADD CONSTRAINT "_events_v_version_recurrence_added_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_recurrence_removed" ADD CONSTRAINT "_events_v_version_recurrence_removed_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "events_recurrence_weekdays_order_idx" ON "events_recurrence_weekdays" USING btree ("order");
  CREATE INDEX "events_recurrence_weekdays_parent_idx" ON "events_recurrence_weekdays" USING btree ("parent_id");
  CREATE INDEX "events_recurrence_added_order_idx" ON "events_recurrence_added" USING btree ("_order");
  CREATE INDEX "events_recurrence_added_parent_id_idx" ON "events_recurrence_added" USING btree ("_parent_id");
  CREATE INDEX "events_recurrence_removed_order_idx" ON "events_recurrence_removed" USING btree ("_order");
  CREATE INDEX "events_recurrence_removed_parent_id_idx" ON "events_recurrence_removed" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_recurrence_weekdays_order_idx" ON "_events_v_version_recurrence_weekdays" USING btree ("order");
  CREATE INDEX "_events_v_version_recurrence_weekdays_parent_idx" ON "_events_v_version_recurrence_weekdays" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_recurrence_added_order_idx" ON "_events_v_version_recurrence_added" USING btree ("_order");
  CREATE INDEX "_events_v_version_recurrence_added_parent_id_idx" ON "_events_v_version_recurrence_added" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_recurrence_removed_order_idx" ON "_events_v_version_recurrence_removed" USING btree ("_order");
  CREATE INDEX "_events_v_version_recurrence_removed_parent_id_idx" ON "_events_v_version_recurrence_removed" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "events_recurrence_weekdays" CASCADE;
  DROP TABLE "events_recurrence_added" CASCADE;
  DROP TABLE "events_recurrence_removed" CASCADE;
  DROP TABLE "_events_v_version_recurrence_weekdays" CASCADE;
  DROP TABLE "_events_v_version_recurrence_added" CASCADE;
  DROP TABLE "_events_v_version_recurrence_removed" CASCADE;
  ALTER TABLE "events" DROP COLUMN "recurrence_frequency";
  ALTER TABLE "events" DROP COLUMN "recurrence_interval";
  ALTER TABLE "events" DROP COLUMN "recurrence_until";
  ALTER TABLE "events" DROP COLUMN "recurrence_count";
  ALTER TABLE "events" DROP COLUMN "recurrence_rule";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_frequency";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_interval";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_until";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_count";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_rule";
  DROP TYPE "public"."enum_events_recurrence_weekdays";
  DROP TYPE "public"."enum_events_recurrence_frequency";
  DROP TYPE "public"."enum__events_v_version_recurrence_weekdays";
  DROP TYPE "public"."enum__events_v_version_recurrence_frequency";`)
}
