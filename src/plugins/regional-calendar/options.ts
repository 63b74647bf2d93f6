import type { Access, CollectionSlug, PayloadRequest } from 'payload'
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
  /**
   * The collection whose published documents are synced, its relationship to the owning
   * organisation, to its place and to its topics (each mapped to the remote's keyword), and its
   * online address.
   */
  events: { slug: CollectionSlug; ownerField: string; placeField: string; topicsField: string; onlineUrlField: string }
  places: { slug: string }
  /** The topics collection and its field holding the remote's (YSO) keyword id. */
  topics: { slug: string; keywordField: string }
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
  /** How often a running job touches its row, to show that its worker is alive. */
  heartbeatMs?: number
  /** A job `processing` whose row has been silent for longer than this belongs to a crashed worker. */
  staleJobAfterMs?: number
}

export type ResolvedOptions = Required<Omit<RegionalCalendarOptions, 'connection'>> &
  Pick<RegionalCalendarOptions, 'connection'>

export const QUEUE = 'regional-calendar'
export const STATE_COLLECTION = 'regional-calendar-sync' as const
export const PLACE_STATE_COLLECTION = 'regional-calendar-places' as const
export const RECONCILIATION_GLOBAL = 'regional-calendar-reconciliation' as const
export const TASK = {
  sync: 'regionalCalendarSyncEvent',
  reconcile: 'regionalCalendarReconcile',
  reap: 'regionalCalendarReapJobs',
} as const

export const resolveOptions = (options: RegionalCalendarOptions): ResolvedOptions => ({
  backoff: defaultBackoff,
  reconcileCron: '0 17 * * * *',
  heartbeatMs: 15_000,
  // Six missed heartbeats: a worker busy with a slow remote still beats, a dead one is found in minutes.
  staleJobAfterMs: 90_000,
  ...options,
})
