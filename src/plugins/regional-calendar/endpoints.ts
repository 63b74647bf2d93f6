import type { Endpoint, PayloadRequest } from 'payload'
import { concurrencyKey, jobActivity } from './jobs'
import { QUEUE, RECONCILIATION_GLOBAL, TASK, type ResolvedOptions } from './options'
import { reapStaleJobs } from './reaper'
import { queueSync, writeState } from './sync'

const refusal = (req: PayloadRequest, options: ResolvedOptions) => {
  if (!options.access.retry(req.user)) return Response.json({ message: 'Forbidden' }, { status: 403 })
  if (!options.connection())
    return Response.json({ message: 'The sync is off: REGIONAL_CALENDAR_URL is not set.' }, { status: 409 })
  return undefined
}

/**
 * `POST /api/regional-calendar/events/:id/retry`: sync this event now, even if nothing changed.
 * A job of the event's that is still marked running although its worker has stopped beating is
 * released first, so the retry never waits behind a dead one. When a live job is running, the
 * answer says so (`running: true`): the retry follows as soon as it ends.
 */
export const retryEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/regional-calendar/events/:id/retry',
  method: 'post',
  handler: async (req) => {
    const refused = refusal(req, options)
    if (refused) return refused
    const eventId = Number(req.routeParams?.id)
    if (!Number.isInteger(eventId) || eventId < 1) return Response.json({ message: 'Not found' }, { status: 404 })
    const found = await req.payload.count({
      collection: options.events.slug,
      where: { id: { equals: eventId } },
      overrideAccess: true,
      req,
    })
    if (!found.totalDocs) return Response.json({ message: 'Not found' }, { status: 404 })
    let activity = await jobActivity(req.payload, eventId, options.staleJobAfterMs, req)
    if (activity.kind === 'running' && !activity.alive) {
      await reapStaleJobs(req.payload, options.staleJobAfterMs, concurrencyKey(eventId))
      activity = await jobActivity(req.payload, eventId, options.staleJobAfterMs, req)
    }
    await writeState(req, eventId, { state: 'queued', nextAttemptAt: null })
    await queueSync(req, eventId, { force: true })
    return Response.json({ queued: TASK.sync, eventId, running: activity.kind === 'running' }, { status: 202 })
  },
})

/**
 * `POST /api/regional-calendar/reconcile`: compare the regional calendar with ours now rather
 * than at the next full hour. One reconciliation at a time: a second request while one is
 * waiting or running is answered with that one (`alreadyQueued: true`).
 */
export const reconcileEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/regional-calendar/reconcile',
  method: 'post',
  handler: async (req) => {
    const refused = refusal(req, options)
    if (refused) return refused
    const pending = await req.payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: TASK.reconcile } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
      overrideAccess: true,
      req,
    })
    const requestedAt = new Date().toISOString()
    await req.payload.updateGlobal({
      slug: RECONCILIATION_GLOBAL,
      data: { requestedAt, requestedBy: String(req.user?.email ?? req.user?.id ?? '') },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (!pending.totalDocs) await req.payload.jobs.queue({ task: TASK.reconcile, input: {}, queue: QUEUE, req })
    return Response.json({ queued: TASK.reconcile, requestedAt, alreadyQueued: pending.totalDocs > 0 }, { status: 202 })
  },
})
