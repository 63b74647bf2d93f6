import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, getDataLoader, isolateObjectProperty, type Payload, type PayloadRequest } from 'payload'
import { executeSql } from '../../server/sql'
import { TASK } from './options'

/** The key Payload's concurrency control runs one job at a time for: the per-event lock. */
export const concurrencyKey = (eventId: number) => `regional-calendar:event:${eventId}`

/**
 * A request of the job's own. Payload runs the jobs of one batch in parallel on one shared
 * request and isolates only its `transactionID` (runJobs: `isolateObjectProperty(req,
 * 'transactionID')`). The relationship loader (`req.payloadDataLoader`) stays shared, and its
 * batch function writes the transaction id of the load it serves onto the request it was made
 * with, then reads it back to match the loaded documents to their keys. Two jobs populating
 * relationships at the same time (one inside a transaction, such as a state row's delete, one
 * outside) then lose each other's documents: an event's topics come back empty, it goes out
 * without keywords, and the remote refuses a correct event. Each job gets a loader of its own.
 */
export function ownRequest(req: PayloadRequest): PayloadRequest {
  const own = isolateObjectProperty(req, ['transactionID', 'payloadDataLoader'])
  own.payloadDataLoader = getDataLoader(own)
  return own
}

/**
 * Keeps the job's row fresh while it runs, so that a job whose worker died is known by its
 * silence within a minute or two rather than by a fixed half hour (see reaper.ts). The touch runs
 * outside the job's own transactions, on a request of its own.
 */
export async function withHeartbeat<T>(
  payload: Payload,
  jobId: number | string,
  everyMs: number,
  work: () => Promise<T>,
): Promise<T> {
  const req = await createLocalReq({}, payload)
  const beat = () =>
    executeSql(req, sql`UPDATE payload_jobs SET updated_at = now() WHERE id = ${jobId} AND processing = true`).catch(
      (error: unknown) => payload.logger.warn({ msg: 'Regional calendar: heartbeat not written', err: error }),
    )
  const timer = setInterval(() => void beat(), everyMs)
  try {
    return await work()
  } finally {
    clearInterval(timer)
  }
}

/** What the jobs queue is doing about one event right now, for the admin and "Retry now". */
export type JobActivity =
  | { kind: 'none' }
  | { kind: 'running'; since: string; lastBeat: string; alive: boolean }
  | { kind: 'waiting'; since: string; until: string | null }

type JobRow = { processing?: boolean | null; updatedAt: string; createdAt: string; waitUntil?: string | null }

export async function jobActivity(
  payload: Payload,
  eventId: number,
  staleAfterMs: number,
  req?: PayloadRequest,
): Promise<JobActivity> {
  const result = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { concurrencyKey: { equals: concurrencyKey(eventId) } },
        { taskSlug: { equals: TASK.sync } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    sort: '-processing',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const job = result.docs[0] as unknown as JobRow | undefined
  if (!job) return { kind: 'none' }
  if (job.processing)
    return {
      kind: 'running',
      since: job.createdAt,
      lastBeat: job.updatedAt,
      alive: Date.now() - Date.parse(job.updatedAt) < staleAfterMs,
    }
  return { kind: 'waiting', since: job.createdAt, until: job.waitUntil ?? null }
}
