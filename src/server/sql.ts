import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { DatabaseAdapter, Payload, PayloadRequest } from 'payload'

/**
 * This project runs on PostgreSQL only. Payload types `payload.db` as its generic adapter, to which
 * the PostgreSQL adapter's own type is not assignable (their transaction options differ), so the
 * check is made on the value itself.
 */
function isPostgres(db: DatabaseAdapter | PostgresAdapter): db is PostgresAdapter {
  return db.name === 'postgres' && 'drizzle' in db && 'sessions' in db
}

function adapterOf(payload: Payload): PostgresAdapter {
  const adapter = payload.db
  if (!isPostgres(adapter)) throw new Error(`Seutu CMS needs the PostgreSQL adapter, not ${adapter.name}`)
  return adapter
}

/**
 * The drizzle database of the request's Payload transaction, so raw SQL commits or rolls back with
 * the operation around it; without a transaction, the adapter's own (the primary).
 */
export async function drizzleOf(req: PayloadRequest) {
  const adapter = adapterOf(req.payload)
  const session = req.transactionID ? adapter.sessions[String(await req.transactionID)] : undefined
  return session?.db ?? adapter.drizzle
}

/** Runs one SQL statement inside the request's Payload transaction (see drizzleOf). */
export async function executeSql(req: PayloadRequest, statement: SQL): Promise<Record<string, unknown>[]> {
  const db = await drizzleOf(req)
  return (await db.execute<Record<string, unknown>>(statement)).rows
}

/**
 * Runs one read on its own, outside any transaction: the public pages' queries Payload has no call
 * for. The caller names the row shape its SELECT produces.
 */
export async function querySql<Row extends Record<string, unknown>>(payload: Payload, statement: SQL) {
  return (await adapterOf(payload).drizzle.execute<Row>(statement)).rows
}
