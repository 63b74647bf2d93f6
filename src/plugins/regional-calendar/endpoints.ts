import type { Endpoint } from 'payload'
import { TASK, type ResolvedOptions } from './options'
import { queueSync, writeState } from './sync'

/** `POST /api/regional-calendar/events/:id/retry`: sync this event now, even if nothing changed. */
export const retryEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/regional-calendar/events/:id/retry',
  method: 'post',
  handler: async (req) => {
    if (!options.access.retry(req.user)) return Response.json({ message: 'Forbidden' }, { status: 403 })
    if (!options.connection())
      return Response.json({ message: 'The sync is off: REGIONAL_CALENDAR_URL is not set.' }, { status: 409 })
    const eventId = Number(req.routeParams?.id)
    if (!Number.isInteger(eventId) || eventId < 1) return Response.json({ message: 'Not found' }, { status: 404 })
    const found = await req.payload.find({
      collection: options.events.slug as 'users',
      where: { id: { equals: eventId } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (!found.docs.length) return Response.json({ message: 'Not found' }, { status: 404 })
    await writeState(req, eventId, { state: 'queued', nextAttemptAt: null })
    await queueSync(req, eventId, { force: true })
    return Response.json({ queued: TASK.sync, eventId }, { status: 202 })
  },
})
