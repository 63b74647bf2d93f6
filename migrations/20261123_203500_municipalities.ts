import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { municipalities } from '../src/lib/municipalities'

/** Reference data every database needs: the region's municipalities with their official codes. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  for (const m of municipalities) {
    const existing = await payload.find({ collection: 'municipalities', where: { code: { equals: m.code } }, limit: 1, req })
    if (existing.docs[0]) continue
    const doc = await payload.create({ collection: 'municipalities', data: { code: m.code, name: m.name.fi, member: m.member }, locale: 'fi', req })
    await payload.update({ collection: 'municipalities', id: doc.id, data: { name: m.name.sv }, locale: 'sv', req })
  }
}

export async function down({ payload, req }: MigrateDownArgs): Promise<void> {
  await payload.delete({ collection: 'municipalities', where: { code: { in: municipalities.map((m) => m.code) } }, req })
}
