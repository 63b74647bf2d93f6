import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events" ADD COLUMN "ical_sequence" numeric DEFAULT 0;
  ALTER TABLE "_events_v" ADD COLUMN "version_ical_sequence" numeric DEFAULT 0;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events" DROP COLUMN "ical_sequence";
  ALTER TABLE "_events_v" DROP COLUMN "version_ical_sequence";`)
}
