import { describe, expect, it } from 'vitest'
import { expand, MAX_OCCURRENCES, toRRule } from '../../src/lib/recurrence'

const helsinki = (date: Date) => date.toLocaleString('fi-FI', { timeZone: 'Europe/Helsinki' })
const start = new Date('2026-10-13T15:00:00Z') // Tuesday 13 October 2026 18.00 in Helsinki (UTC+3)

describe('recurrence', () => {
  it('keeps 18.00 Helsinki time across the change to winter time', () => {
    const result = expand(start, { frequency: 'weekly', weekdays: ['TU'], count: 4 })
    expect(result.ok && result.starts.map(helsinki)).toEqual(['13.10.2026 klo 18.00.00', '20.10.2026 klo 18.00.00', '27.10.2026 klo 18.00.00', '3.11.2026 klo 18.00.00'])
    // Winter time: the same wall clock is one hour later in UTC.
    expect(result.ok && result.starts[2]!.toISOString()).toBe('2026-10-27T16:00:00.000Z')
  })

  it('writes the rule as RFC 5545', () => {
    expect(toRRule(start, { frequency: 'weekly', weekdays: ['TU', 'TH'], count: 10 })).toBe('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10')
    expect(toRRule(start, { frequency: 'daily', interval: 3, until: '2026-12-31T10:00:00.000Z' })).toBe('FREQ=DAILY;INTERVAL=3;UNTIL=20261231T235959Z')
    expect(toRRule(start, { frequency: 'none' })).toBeUndefined()
  })

  it('repeats every N days until a date, including that date', () => {
    const result = expand(start, { frequency: 'daily', interval: 2, until: '2026-10-19T10:00:00.000Z' })
    expect(result.ok && result.starts.map((d) => helsinki(d).split(' ')[0])).toEqual(['13.10.2026', '15.10.2026', '17.10.2026', '19.10.2026'])
  })

  it('monthly on the same day of the month', () => {
    const result = expand(start, { frequency: 'monthly', count: 3 })
    expect(result.ok && result.starts.map((d) => helsinki(d).split(' ')[0])).toEqual(['13.10.2026', '13.11.2026', '13.12.2026'])
  })

  it('removes and adds single dates', () => {
    const result = expand(start, { frequency: 'weekly', weekdays: ['TU'], count: 3, removed: ['2026-10-20'], added: ['2026-10-22T15:00:00.000Z'] })
    expect(result.ok && result.starts.map((d) => helsinki(d).split(' ')[0])).toEqual(['13.10.2026', '22.10.2026', '27.10.2026'])
  })

  it('refuses a series without an end, without weekdays, or over the limit', () => {
    expect(expand(start, { frequency: 'weekly', weekdays: ['TU'] })).toEqual({ ok: false, problem: 'noEnd' })
    expect(expand(start, { frequency: 'weekly', count: 3 })).toEqual({ ok: false, problem: 'noWeekdays' })
    expect(expand(start, { frequency: 'daily', count: MAX_OCCURRENCES + 1 })).toEqual({ ok: false, problem: 'tooMany' })
    expect(expand(start, { frequency: 'daily', until: '2030-01-01T00:00:00.000Z' })).toEqual({ ok: false, problem: 'tooMany' })
    expect(expand(start, { frequency: 'daily', count: MAX_OCCURRENCES }).ok).toBe(true)
  })
})
