import { describe, expect, it } from 'vitest'
import { defaultBackoff, givenUp, nextDelayMs } from '../../src/plugins/regional-calendar/backoff'
import { remoteMessage, retryAfterMs } from '../../src/plugins/regional-calendar/client'

describe('retry backoff', () => {
  const policy = { baseMs: 1000, maxMs: 60_000, giveUpAfterMs: 86_400_000 }

  it('doubles per attempt, with jitter between half and all of the step', () => {
    expect(nextDelayMs(1, policy, undefined, () => 0)).toBe(500)
    expect(nextDelayMs(1, policy, undefined, () => 1)).toBe(1000)
    expect(nextDelayMs(4, policy, undefined, () => 1)).toBe(8000)
    expect(nextDelayMs(4, policy, undefined, () => 0.5)).toBe(6000)
  })

  it('never waits longer than the longest step, nor less than Retry-After', () => {
    expect(nextDelayMs(30, policy, undefined, () => 1)).toBe(60_000)
    expect(nextDelayMs(1, policy, 120_000, () => 1)).toBe(120_000)
  })

  it('spreads events that failed together', () => {
    const delays = new Set(Array.from({ length: 50 }, () => nextDelayMs(5, policy)))
    expect(delays.size).toBeGreaterThan(40)
  })

  it('keeps trying for at least a day with the default policy', () => {
    expect(defaultBackoff.giveUpAfterMs).toBeGreaterThanOrEqual(86_400_000)
    const first = new Date('2026-11-01T00:00:00Z')
    expect(givenUp(first, new Date('2026-11-02T00:00:00Z'), defaultBackoff)).toBe(false)
    expect(givenUp(first, new Date('2026-11-05T00:00:00Z'), defaultBackoff)).toBe(true)
  })
})

describe('remote answers', () => {
  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('120')).toBe(120_000)
    expect(retryAfterMs('Mon, 23 Nov 2026 12:00:30 GMT', Date.parse('2026-11-23T12:00:00Z'))).toBe(30_000)
    expect(retryAfterMs(null)).toBeUndefined()
    expect(retryAfterMs('soon')).toBeUndefined()
  })

  it('turns detail and field-error bodies into one readable line', () => {
    expect(remoteMessage({ detail: 'Cannot edit a past event.' }, 403)).toBe('Cannot edit a past event.')
    expect(
      remoteMessage({ keywords: ['This field is required.'], short_description: { fi: ['Too long.'] } }, 400),
    ).toBe('keywords: This field is required.; short_description: {"fi":["Too long."]}')
    expect(remoteMessage('', 502)).toBe('HTTP 502')
  })
})
