import type { Payload, PayloadRequest } from 'payload'
import type { ClientOptions } from './client'
import type { ResolvedOptions } from './options'

/** The plugin's options, kept on the (server-only) `config.custom` for its admin components. */
export const optionsOf = (payload: Payload) =>
  (payload.config.custom as { regionalCalendar?: ResolvedOptions } | undefined)?.regionalCalendar

export const connectionOf = (payload: Payload): ClientOptions | undefined => optionsOf(payload)?.connection()

export const retryAllowed = (payload: Payload, user: PayloadRequest['user'] | undefined) =>
  Boolean(optionsOf(payload)?.access.retry(user))

export const detailsAllowed = (payload: Payload, user: PayloadRequest['user'] | undefined) =>
  Boolean(optionsOf(payload)?.access.details(user))

/** The synced collection's slug, for links from the sync states to their events. */
export const eventsSlugOf = (payload: Payload) => optionsOf(payload)?.events.slug
