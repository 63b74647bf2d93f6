import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * One small partial index per audience (the events' five fixed values) for the calendar's count
 * under an audience (src/app/(sites)/data/events.ts): it reads the site's matching occurrences
 * from their own index alone, where the wide count index made it test the JSON array of each of
 * the site's upcoming occurrences (tens of thousands at 100,000 events). The page itself walks the
 * calendar order and fills after a few rows. A value added later is still found, without one.
 */
const audiences = ['children', 'youth', 'adults', 'seniors', 'families']

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const audience of audiences)
    await db.execute(
      sql.raw(
        `CREATE INDEX "event_occurrences_audience_${audience}_idx" ON "event_occurrences" USING btree ("site_id", "ends_at") WHERE "audience" @> '["${audience}"]'`,
      ),
    )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const audience of audiences) await db.execute(sql.raw(`DROP INDEX "event_occurrences_audience_${audience}_idx"`))
}
