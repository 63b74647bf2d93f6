import type { Plugin } from 'payload'
import { linkedEventsEndpoints } from './linkedEventsApi'

export type RegionalCalendarOptions = {
  /** Our data source id at the regional calendar; every id we create starts with `<dataSource>:`. */
  dataSource: string
  /** The organisation id the regional calendar knows us by. */
  publisher: string
}

/**
 * The regional calendar integration (Linked Events v1). Today it serves our published events
 * read-only in that shape; the sync to the regional calendar builds on the same mapping.
 */
export const regionalCalendarPlugin =
  (options: RegionalCalendarOptions): Plugin =>
  (config) => ({
    ...config,
    endpoints: [...(config.endpoints ?? []), ...linkedEventsEndpoints(options)],
  })
