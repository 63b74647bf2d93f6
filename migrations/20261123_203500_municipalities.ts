import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres'
import { municipalities } from '../src/lib/municipalities'

/**
 * Reference data every database needs: the region's municipalities with their official codes.
 * Plain SQL, not the Local API: a data migration runs against the schema of its own time, while
 * the Local API expects today's (its queries would name tables and columns added later).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const m of municipalities) {
    const inserted = await db.execute(sql`
      INSERT INTO municipalities (code, member) SELECT ${m.code}, ${m.member}
      WHERE NOT EXISTS (SELECT 1 FROM municipalities WHERE code = ${m.code}) RETURNING id`)
    const id = (inserted.rows[0] as { id: number } | undefined)?.id
    if (id === undefined) continue
    await db.execute(sql`
      INSERT INTO municipalities_locales (name, _locale, _parent_id) VALUES (${m.name.fi}, 'fi', ${id}), (${m.name.sv}, 'sv', ${id})`)
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  const codes = municipalities.map((m) => m.code)
  await db.execute(
    sql`DELETE FROM municipalities WHERE code IN (${sql.join(
      codes.map((code) => sql`${code}`),
      sql`, `,
    )})`,
  )
}
