import type { Fault, FaultMatch } from './types'

/** A fault waiting for matching requests; `remaining` is Infinity until cleared. */
export type PendingFault = {
  fault: Exclude<Fault, { kind: 'down' }>
  remaining: number
  method?: string
  path?: string
}

/** The request faults ('down' is no request fault: the listener itself closes). */
export function createFaults() {
  let pending: PendingFault[] = []
  return {
    add(fault: PendingFault['fault'], { times, method, path }: FaultMatch = {}) {
      pending.push({ fault, remaining: times ?? Infinity, method: method?.toUpperCase(), path })
    },
    /** The first fault that matches this request, counted as spent. */
    take(method: string, path: string): PendingFault['fault'] | undefined {
      const found = pending.find(
        (entry) => (!entry.method || entry.method === method) && (!entry.path || path.startsWith(entry.path)),
      )
      if (!found) return undefined
      found.remaining -= 1
      if (found.remaining <= 0) pending = pending.filter((entry) => entry !== found)
      return found.fault
    },
    pending: () =>
      pending.map((entry) => ({
        ...entry,
        remaining: Number.isFinite(entry.remaining) ? entry.remaining : 'until cleared',
      })),
    clear() {
      pending = []
    },
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0

function faultFrom({ kind, ms, status, retryAfterSeconds }: Record<string, unknown>): Fault | string {
  switch (kind) {
    case 'down':
      return isCount(ms)
        ? { kind, ms }
        : 'Over HTTP "down" needs "ms" (until it reopens): nothing could reach the stand-in to clear it.'
    case 'slow':
      return isCount(ms) ? { kind, ms } : '"slow" needs "ms", a positive whole number.'
    case 'status':
      return status === 500 || status === 502 || status === 503
        ? { kind, status }
        : '"status" needs "status": 500, 502 or 503.'
    case 'rateLimit':
      return isCount(retryAfterSeconds)
        ? { kind, retryAfterSeconds }
        : '"rateLimit" needs "retryAfterSeconds", a positive whole number.'
    case 'loseResponse':
      return { kind }
    default:
      return 'Unknown fault kind; use down, slow, status, rateLimit or loseResponse.'
  }
}

/** A fault as sent to POST /__control/faults, checked, or what is wrong with it. */
export function parseFaultRequest(input: unknown): { fault: Fault; match: FaultMatch } | { error: string } {
  if (!isRecord(input) || !isRecord(input.fault))
    return { error: 'Send {"fault": {"kind": …}, "times"?: n, "method"?: "PUT", "path"?: "/v1/event/"}.' }
  const fault = faultFrom(input.fault)
  if (typeof fault === 'string') return { error: fault }
  const { times, method, path } = input
  if (times != null && !isCount(times)) return { error: '"times" must be a positive whole number.' }
  if ((method != null && typeof method !== 'string') || (path != null && typeof path !== 'string'))
    return { error: '"method" and "path" must be strings.' }
  return { fault, match: { times: times ?? undefined, method: method ?? undefined, path: path ?? undefined } }
}
