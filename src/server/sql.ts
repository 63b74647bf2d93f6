import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

type Executor = { execute(statement: SQL): Promise<{ rows: Record<string, unknown>[] }> }

const adapterOf = (payload: Payload) => payload.db as unknown as PostgresAdapter

/**
 * Runs one SQL statement inside the request's Payload transaction, so it commits or rolls back
 * with the operation around it; without a transaction it runs on its own (on the primary).
 */
export async function executeSql(req: PayloadRequest, statement: SQL): Promise<Record<string, unknown>[]> {
  const adapter = adapterOf(req.payload)
  const session = req.transactionID ? adapter.sessions[String(await req.transactionID)] : undefined
  const executor = (session?.db ?? adapter.drizzle) as unknown as Executor
  return (await executor.execute(statement)).rows
}

/** Runs one read on its own, outside any transaction: the public pages' queries Payload has no call for. */
export async function querySql<Row>(payload: Payload, statement: SQL): Promise<Row[]> {
  return (await (adapterOf(payload).drizzle as unknown as Executor).execute(statement)).rows as Row[]
}
