import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'
import { executeSql } from '../../server/sql'

/**
 * Payload leaves a job `processing` forever when the worker running it dies (payload#17645), and
 * with concurrency control that also blocks every later job for the same event. A running job
 * keeps its row fresh with a heartbeat (jobs.ts), so a row silent for longer than a few
 * heartbeats belongs to a dead worker and is released to be run again. The sync is idempotent,
 * so a job that did in fact finish its remote writes does no harm by running twice.
 *
 * One UPDATE whose condition PostgreSQL checks again on each row it changes: a find-then-update
 * (Payload's `update` with `where`) could release a job another worker had just reclaimed, and a
 * later change would then supersede (delete) it under that worker's feet.
 */
export async function reapStaleJobs(payload: Payload, staleAfterMs: number, concurrencyKey?: string): Promise<number> {
  const before = new Date(Date.now() - staleAfterMs).toISOString()
  const released = await executeSql(
    await createLocalReq({}, payload),
    sql`UPDATE payload_jobs SET processing = false, updated_at = now()
        WHERE processing = true AND updated_at < ${before}
        ${concurrencyKey ? sql`AND concurrency_key = ${concurrencyKey}` : sql``}
        RETURNING id`,
  )
  return released.length
}
