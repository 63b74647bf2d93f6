import type { PayloadRequest } from 'payload'

/**
 * Payload leaves a job `processing` forever when the worker running it dies (payload#17645), and
 * with concurrency control that also blocks every later job for the same event. A job untouched
 * for longer than any run can take is released to be run again; the sync is idempotent, so a job
 * that did in fact finish its remote writes does no harm by running twice.
 */
export async function reapStaleJobs(req: PayloadRequest, staleAfterMs: number): Promise<number> {
  const before = new Date(Date.now() - staleAfterMs).toISOString()
  const result = await req.payload.update({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: before } }] },
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return result.docs.length
}
