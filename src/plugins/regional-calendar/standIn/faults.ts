import type { Fault, FaultMatch } from './types'

/** A fault waiting for matching requests; `remaining` is Infinity until cleared. */
export type PendingFault = {
  fault: Exclude<Fault, { kind: 'down' }>
  remaining: number
  method?: string
  path?: string
  /** The share of matching requests it hits (default all), drawn for each request. */
  probability?: number
}

/** The request faults ('down' is no request fault: the listener itself closes). */
export function createFaults() {
  let pending: PendingFault[] = []
  return {
    add(fault: PendingFault['fault'], { times, method, path, probability }: FaultMatch = {}) {
      pending.push({ fault, remaining: times ?? Infinity, method: method?.toUpperCase(), path, probability })
    },
    /**
     * The first fault that matches this request and, if it has a probability, draws it; counted as
     * spent. One draw over all faults, so that 10 % and 5 % faults hit 10 % and 5 % of requests.
     */
    take(method: string, path: string, random: () => number = Math.random): PendingFault['fault'] | undefined {
      const draw = random()
      let below = 0
      const found = pending.find((entry) => {
        if ((entry.method && entry.method !== method) || (entry.path && !path.startsWith(entry.path))) return false
        if (entry.probability === undefined) return true
        below += entry.probability
        return draw < below
      })
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
    return {
      error: 'Send {"fault": {"kind": …}, "times"?: n, "method"?: "PUT", "path"?: "/v1/event/", "probability"?: 0.1}.',
    }
  const fault = faultFrom(input.fault)
  if (typeof fault === 'string') return { error: fault }
  const { times, method, path, probability } = input
  if (times != null && !isCount(times)) return { error: '"times" must be a positive whole number.' }
  if (probability != null && !(typeof probability === 'number' && probability > 0 && probability <= 1))
    return { error: '"probability" must be a number above 0 and at most 1.' }
  if ((method != null && typeof method !== 'string') || (path != null && typeof path !== 'string'))
    return { error: '"method" and "path" must be strings.' }
  return {
    fault,
    match: {
      times: times ?? undefined,
      method: method ?? undefined,
      path: path ?? undefined,
      probability: probability ?? undefined,
    },
  }
}
