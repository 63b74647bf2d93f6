import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

type Executor = { execute(statement: SQL): Promise<{ rows: Record<string, unknown>[] }> }

/**
 * Runs one SQL statement inside the request's Payload transaction, so it commits or rolls back
 * with the operation around it; without a transaction it runs on its own (on the primary).
 */
export async function executeSql(req: PayloadRequest, statement: SQL): Promise<Record<string, unknown>[]> {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const session = req.transactionID ? adapter.sessions[String(await req.transactionID)] : undefined
  const executor = (session?.db ?? adapter.drizzle) as unknown as Executor
  return (await executor.execute(statement)).rows
}
