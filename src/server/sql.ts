import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { DatabaseAdapter, PayloadRequest } from 'payload'

/**
 * This project runs on PostgreSQL only. Payload types `payload.db` as its generic adapter, to which
 * the PostgreSQL adapter's own type is not assignable (their transaction options differ), so the
 * check is made on the value itself.
 */
function isPostgres(db: DatabaseAdapter | PostgresAdapter): db is PostgresAdapter {
  return db.name === 'postgres' && 'drizzle' in db && 'sessions' in db
}

/**
 * The drizzle database of the request's Payload transaction, so raw SQL commits or rolls back with
 * the operation around it; without a transaction, the adapter's own (the primary).
 */
export async function drizzleOf(req: PayloadRequest) {
  const adapter = req.payload.db
  if (!isPostgres(adapter)) throw new Error(`Seutu CMS needs the PostgreSQL adapter, not ${adapter.name}`)
  const session = req.transactionID ? adapter.sessions[String(await req.transactionID)] : undefined
  return session?.db ?? adapter.drizzle
}

/** Runs one SQL statement inside the request's Payload transaction (see drizzleOf). */
export async function executeSql(req: PayloadRequest, statement: SQL): Promise<Record<string, unknown>[]> {
  const db = await drizzleOf(req)
  return (await db.execute<Record<string, unknown>>(statement)).rows
}
