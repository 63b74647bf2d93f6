import type { PayloadRequest, Where } from 'payload'

/**
 * Payload leaves a job `processing` forever when the worker running it dies (payload#17645), and
 * with concurrency control that also blocks every later job for the same event. A running job
 * keeps its row fresh with a heartbeat (jobs.ts), so a row silent for longer than a few
 * heartbeats belongs to a dead worker and is released to be run again. The sync is idempotent,
 * so a job that did in fact finish its remote writes does no harm by running twice.
 */
export async function reapStaleJobs(req: PayloadRequest, staleAfterMs: number, only?: Where): Promise<number> {
  const before = new Date(Date.now() - staleAfterMs).toISOString()
  const result = await req.payload.update({
    collection: 'payload-jobs',
    where: {
      and: [{ processing: { equals: true } }, { updatedAt: { less_than: before } }, ...(only ? [only] : [])],
    },
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return result.docs.length
}
