/** The stand-in's public API; the sync's tests and the benchmark code against these. */

export type StandInOptions = {
  /** 0 or undefined: a free port. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  /** Our data source, e.g. 'kaustisenseutu'; ids accepted on POST must start with `${dataSource}:`. */
  dataSource: string
  /** When set, writes (POST/PUT/DELETE) without the header `apikey: <key>` are 401. */
  apiKey?: string
  /** Added to every request (the benchmark uses 50). */
  latencyMs?: number
  /** YSO ids the remote knows; default `defaultKeywordIds`. */
  keywords?: string[]
  /** JSON file that keeps events and places across restarts (`npm run dev` uses .data/regional-calendar.json). */
  stateFile?: string
  /** The remote's clock, for tests of the past-event rules and last_modified_time. */
  now?: () => Date
}

export type Fault =
  /** Connections refused: the listener closes; it reopens on the same port when cleared, or after `ms`. */
  | { kind: 'down'; ms?: number }
  /** The answer comes `ms` late (clients time out); the request is still carried out. */
  | { kind: 'slow'; ms: number }
  | { kind: 'status'; status: 500 | 502 | 503 }
  | { kind: 'rateLimit'; retryAfterSeconds: number }
  /** The request is carried out, then the socket is destroyed without an answer. */
  | { kind: 'loseResponse' }

export type FaultMatch = {
  times?: number
  method?: string
  path?: string
  /** Hit only this share of matching requests (0–1), drawn per request; faults with one share a draw. */
  probability?: number
}

/** An event or place as the remote keeps it: the client's fields plus the remote's own. */
export type StoredObject = {
  '@id': string
} & StoredFields

/** The same without '@id', which depends on the address a client used. */
export type StoredFields = {
  id: string
  data_source: string
  created_time: string
  last_modified_time: string
  deleted: boolean
  [field: string]: unknown
}
export type StoredEvent = StoredObject
export type StoredPlace = StoredObject

export type RequestRecord = {
  method: string
  /** Decoded path with its query string, e.g. `/v1/event/kaustisenseutu:evt-1/`. */
  path: string
  /** The status answered; 'lost' when the answer never reached the client. */
  status: number | 'lost'
  /** When the request arrived. */
  at: string
}

export type StandIn = {
  /** Base URL, e.g. http://127.0.0.1:8787 */
  url: string
  stop(): Promise<void>
  /** Fault applied to the next `times` matching requests (default: until cleared); `method` and `path` (a prefix) narrow it. */
  fault(fault: Fault, opts?: FaultMatch): void
  /** Also reopens the listener after 'down'. */
  clearFaults(): Promise<void>
  /** Including soft-deleted ones (deleted: true). */
  events(): StoredEvent[]
  places(): StoredPlace[]
  /** Every request but /__control/ ones, in the order they were answered, for exactly-once assertions. */
  requests(): RequestRecord[]
  /** Forgets every event, place and logged request; faults stay (clearFaults clears them). */
  reset(): void
  /** Edit directly, as a person would by hand on the remote; bumps last_modified_time. */
  editByHand(id: string, patch: Record<string, unknown>): void
  /** Soft-delete directly, as a person would by hand on the remote. */
  deleteByHand(id: string): void
}
