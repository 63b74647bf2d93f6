import type { CollectionConfig, Config, Plugin, TaskConfig } from 'payload'
import { placeStateCollection, reconciliationGlobal, stateCollection } from './collection'
import { reconcileEndpoint, retryEndpoint } from './endpoints'
import { queueOnChange, queueOnDelete, queueOnPlaceChange } from './hooks'
import { ownRequest, withHeartbeat } from './jobs'
import { linkedEventsEndpoints } from './linkedEventsApi'
import { QUEUE, resolveOptions, TASK, type RegionalCalendarOptions, type ResolvedOptions } from './options'
import { reapStaleJobs } from './reaper'
import { reconcile } from './reconcile'
import { syncEvent } from './sync'
import { refuseWhatTheRemoteWould } from './validation'

export type { RegionalCalendarOptions } from './options'
export { defaultBackoff } from './backoff'

const components = '/plugins/regional-calendar/components/SyncState'

function tasks(options: ResolvedOptions): TaskConfig[] {
  return [
    {
      slug: TASK.sync,
      inputSchema: [
        { name: 'eventId', type: 'number', required: true },
        { name: 'force', type: 'checkbox' },
        // Ids of the event the reconciliation saw on the remote without a record of them here.
        { name: 'strays', type: 'json' },
      ],
      outputSchema: [{ name: 'state', type: 'text' }],
      // One job per event at a time; a newer change replaces a job still waiting.
      concurrency: {
        key: ({ input }) => `regional-calendar:event:${(input as { eventId: number }).eventId}`,
        exclusive: true,
        supersedes: true,
      },
      // Remote failures are handled inside (backoff with jitter, Retry-After); these retries are
      // for the unexpected, such as a lost database connection.
      retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
      handler: async ({ input, job, req }) => {
        const { eventId, force, strays } = input as { eventId: number; force?: boolean; strays?: string[] | null }
        const state = await withHeartbeat(req.payload, job.id, options.heartbeatMs, () =>
          syncEvent(ownRequest(req), options, eventId, { force: Boolean(force), strays: strays ?? [] }),
        )
        return { output: { state } }
      },
    },
    {
      slug: TASK.reconcile,
      schedule: [{ cron: options.reconcileCron, queue: QUEUE }],
      outputSchema: [{ name: 'report', type: 'json' }],
      retries: 2,
      handler: async ({ job, req }) => ({
        output: {
          report: await withHeartbeat(req.payload, job.id, options.heartbeatMs, () =>
            reconcile(ownRequest(req), options),
          ),
        },
      }),
    },
    {
      slug: TASK.reap,
      schedule: [
        {
          cron: '0 * * * * *',
          queue: QUEUE,
          hooks: {
            // Run by every worker that handles schedules, before it decides whether to queue the
            // reaper: a reaper job claimed by the worker that died is released here too, so
            // recovery never waits on a job that is itself stuck.
            beforeSchedule: async (args) => {
              await reapStaleJobs(args.req.payload, options.staleJobAfterMs)
              return args.defaultBeforeSchedule(args)
            },
          },
        },
      ],
      outputSchema: [{ name: 'released', type: 'number' }],
      handler: async ({ req }) => ({ output: { released: await reapStaleJobs(req.payload, options.staleJobAfterMs) } }),
    },
  ]
}

function withSync(collection: CollectionConfig, options: ResolvedOptions): CollectionConfig {
  return {
    ...collection,
    admin: {
      ...collection.admin,
      defaultColumns: [...(collection.admin?.defaultColumns ?? []), 'regionalCalendar'],
      components: {
        ...collection.admin?.components,
        beforeList: [...(collection.admin?.components?.beforeList ?? []), `${components}#SyncOffNotice`],
      },
    },
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), refuseWhatTheRemoteWould(options, collection)],
      afterChange: [...(collection.hooks?.afterChange ?? []), queueOnChange(options)],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), queueOnDelete(options)],
    },
    fields: [
      ...collection.fields,
      {
        name: 'regionalCalendar',
        type: 'ui',
        label: { fi: 'Alueellinen kalenteri', sv: 'Regional kalender', en: 'Regional calendar' },
        admin: {
          position: 'sidebar',
          components: { Field: `${components}#SyncStatePanel`, Cell: `${components}#SyncStateCell` },
        },
      },
    ],
  }
}

/**
 * The regional calendar integration (Linked Events v1, shared/regional-calendar-api.md): every
 * published event is synced to the regional calendar through Payload's jobs queue, and our
 * published events are served read-only in the same shape at `/api/linked-events/v1/event/`.
 */
export const regionalCalendarPlugin =
  (input: RegionalCalendarOptions): Plugin =>
  (config: Config): Config => {
    const options = resolveOptions(input)
    return {
      ...config,
      custom: { ...config.custom, regionalCalendar: options },
      collections: [
        ...(config.collections ?? []).map((collection) => {
          if (collection.slug === options.events.slug) return withSync(collection, options)
          if (collection.slug === options.places.slug)
            return {
              ...collection,
              hooks: {
                ...collection.hooks,
                afterChange: [...(collection.hooks?.afterChange ?? []), queueOnPlaceChange(options)],
              },
            }
          return collection
        }),
        stateCollection(options),
        placeStateCollection(options),
      ],
      globals: [...(config.globals ?? []), reconciliationGlobal(options)],
      jobs: {
        ...config.jobs,
        enableConcurrencyControl: true,
        tasks: [...(config.jobs?.tasks ?? []), ...tasks(options)],
      },
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeDashboard: [
            ...(config.admin?.components?.beforeDashboard ?? []),
            `${components}#SyncOffNotice`,
            `${components}#ReconciliationPanel`,
          ],
        },
      },
      endpoints: [
        ...(config.endpoints ?? []),
        ...linkedEventsEndpoints(options),
        retryEndpoint(options),
        reconcileEndpoint(options),
      ],
    }
  }
