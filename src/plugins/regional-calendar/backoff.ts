/**
 * When to try again after a transient failure. Exponential with "full jitter" (a random wait
 * between half and all of the step), so that events that failed together during an outage do not
 * all come back in the same second; Payload's own backoff has no jitter (payload#16318).
 */
export type BackoffPolicy = {
  /** First wait. */
  baseMs: number
  /** Longest single wait. */
  maxMs: number
  /** How long after the first failure we keep trying; the issue asks for at least a day. */
  giveUpAfterMs: number
}

export const defaultBackoff: BackoffPolicy = {
  baseMs: 30_000,
  maxMs: 6 * 60 * 60_000,
  giveUpAfterMs: 3 * 24 * 60 * 60_000,
}

/**
 * The wait before attempt `attempt + 1` (attempt counts failures so far, from 1). A server's
 * `Retry-After` is honoured as a lower bound.
 */
export function nextDelayMs(
  attempt: number,
  policy: BackoffPolicy,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1))
  const jittered = Math.round(step / 2 + random() * (step / 2))
  return Math.max(jittered, retryAfterMs ?? 0)
}

/** True once failures have gone on longer than the policy allows. */
export const givenUp = (firstFailureAt: Date, now: Date, policy: BackoffPolicy) =>
  now.getTime() - firstFailureAt.getTime() > policy.giveUpAfterMs
