import type { Access, PayloadRequest } from 'payload'
import { defaultBackoff, type BackoffPolicy } from './backoff'
import type { ClientOptions } from './client'

export type RegionalCalendarOptions = {
  /** Our data source id at the regional calendar; every id we create starts with `<dataSource>:`. */
  dataSource: string
  /** The organisation id the regional calendar knows us by. */
  publisher: string
  /**
   * Where the regional calendar is, or undefined when the sync is off. Asked on every use rather
   * than once, so a worker picks up a changed environment on restart and tests can point it at a
   * stand-in of their own.
   */
  connection: () => ClientOptions | undefined
  /** The collection whose published documents are synced, its relationship to the owning organisation and to its place. */
  events: { slug: string; ownerField: string; placeField: string }
  places: { slug: string }
  /** The collection `ownerField` points at; sync states are readable by the owners. */
  owners: { slug: string }
  access: {
    /** Who reads sync states (given a collection whose `owner` field holds the organisation). */
    readState: Access
    /** Who may ask for an immediate retry. */
    retry: (user: PayloadRequest['user'] | undefined) => boolean
    /** Who sees the regional calendar's raw answer (often an HTML error page) behind "details". */
    details: (user: PayloadRequest['user'] | undefined) => boolean
  }
  backoff?: BackoffPolicy
  /** Cron (with seconds) for the reconciliation; default at minute 17 of every hour. */
  reconcileCron?: string
  /** A job `processing` for longer than this is taken to belong to a crashed worker. */
  staleJobAfterMs?: number
}

export type ResolvedOptions = Required<Omit<RegionalCalendarOptions, 'connection'>> &
  Pick<RegionalCalendarOptions, 'connection'>

export const QUEUE = 'regional-calendar'
export const STATE_COLLECTION = 'regional-calendar-sync' as const
export const TASK = {
  sync: 'regionalCalendarSyncEvent',
  reconcile: 'regionalCalendarReconcile',
  reap: 'regionalCalendarReapJobs',
} as const

export const resolveOptions = (options: RegionalCalendarOptions): ResolvedOptions => ({
  backoff: defaultBackoff,
  reconcileCron: '0 17 * * * *',
  staleJobAfterMs: 30 * 60_000,
  ...options,
})
