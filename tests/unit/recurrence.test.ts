import { describe, expect, it } from 'vitest'
import { expand, icalSeries, MAX_OCCURRENCES, occurrencesOf, toRRule } from '../../src/lib/recurrence'

const helsinki = (date: Date) => date.toLocaleString('fi-FI', { timeZone: 'Europe/Helsinki' })
const start = new Date('2026-10-13T15:00:00Z') // Tuesday 13 October 2026 18.00 in Helsinki (UTC+3)

describe('recurrence', () => {
  it('keeps 18.00 Helsinki time across the change to winter time', () => {
    const result = expand(start, { frequency: 'weekly', weekdays: ['TU'], count: 4 })
    expect(result.ok && result.starts.map(helsinki)).toEqual([
      '13.10.2026 klo 18.00.00',
      '20.10.2026 klo 18.00.00',
      '27.10.2026 klo 18.00.00',
      '3.11.2026 klo 18.00.00',
    ])
    // Winter time: the same wall clock is one hour later in UTC.
    expect(result.ok && result.starts[2].toISOString()).toBe('2026-10-27T16:00:00.000Z')
  })

  it('writes the rule as RFC 5545', () => {
    expect(toRRule(start, { frequency: 'weekly', weekdays: ['TU', 'TH'], count: 10 })).toBe(
      'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10',
    )
    expect(toRRule(start, { frequency: 'daily', interval: 3, until: '2026-12-31T10:00:00.000Z' })).toBe(
      'FREQ=DAILY;INTERVAL=3;UNTIL=20261231T235959Z',
    )
    expect(toRRule(start, { frequency: 'none' })).toBeUndefined()
  })

  it('repeats every N days until a date, including that date', () => {
    const result = expand(start, { frequency: 'daily', interval: 2, until: '2026-10-19T10:00:00.000Z' })
    expect(result.ok && result.starts.map((d) => helsinki(d).split(' ')[0])).toEqual([
      '13.10.2026',
      '15.10.2026',
      '17.10.2026',
      '19.10.2026',
    ])
  })

  it('monthly on the same day of the month', () => {
    const result = expand(start, { frequency: 'monthly', count: 3 })
    expect(result.ok && result.starts.map((d) => helsinki(d).split(' ')[0])).toEqual([
      '13.10.2026',
      '13.11.2026',
      '13.12.2026',
    ])
  })

  it('removes and adds single dates', () => {
    const result = expand(start, {
      frequency: 'weekly',
      weekdays: ['TU'],
      count: 3,
      removed: ['2026-10-20'],
      added: ['2026-10-22T15:00:00.000Z'],
    })
    expect(result.ok && result.starts.map((d) => helsinki(d).split(' ')[0])).toEqual([
      '13.10.2026',
      '22.10.2026',
      '27.10.2026',
    ])
  })

  it('refuses a series without an end, without weekdays, or over the limit', () => {
    expect(expand(start, { frequency: 'weekly', weekdays: ['TU'] })).toEqual({ ok: false, problem: 'noEnd' })
    expect(expand(start, { frequency: 'weekly', count: 3 })).toEqual({ ok: false, problem: 'noWeekdays' })
    expect(expand(start, { frequency: 'daily', count: MAX_OCCURRENCES + 1 })).toEqual({ ok: false, problem: 'tooMany' })
    expect(expand(start, { frequency: 'daily', until: '2030-01-01T00:00:00.000Z' })).toEqual({
      ok: false,
      problem: 'tooMany',
    })
    expect(expand(start, { frequency: 'daily', count: MAX_OCCURRENCES }).ok).toBe(true)
  })

  it('counts added and removed dates only while the event repeats', () => {
    expect(expand(start, { frequency: 'none', added: ['2026-10-22T15:00:00.000Z'] })).toEqual({
      ok: true,
      starts: [start],
    })
  })
})

describe('occurrences', () => {
  const end = new Date('2026-10-13T18:00:00Z') // 21.00 in Helsinki

  it('end at the same wall-clock time on every date, across the change to winter time', () => {
    const occurrences = occurrencesOf(start, end, {
      frequency: 'weekly',
      weekdays: ['TU'],
      count: 3,
      added: ['2026-10-29T10:00:00.000Z'],
    })
    expect(occurrences.map((o) => `${helsinki(o.start)}–${helsinki(o.end!)}`)).toEqual([
      '13.10.2026 klo 18.00.00–13.10.2026 klo 21.00.00',
      '20.10.2026 klo 18.00.00–20.10.2026 klo 21.00.00',
      '27.10.2026 klo 18.00.00–27.10.2026 klo 21.00.00',
      '29.10.2026 klo 12.00.00–29.10.2026 klo 15.00.00',
    ])
  })

  it('are the event itself when it does not repeat, or its rule gives nothing', () => {
    expect(occurrencesOf(start, undefined, { frequency: 'none' })).toEqual([{ start, end: undefined }])
    expect(occurrencesOf(start, end, { frequency: 'daily', until: '2026-10-01T00:00:00.000Z' })).toEqual([
      { start, end },
    ])
  })
})

describe('a series in iCalendar terms', () => {
  const end = new Date('2026-10-13T18:00:00Z')

  it('counts the rule out and lists removed and added dates', () => {
    const series = icalSeries(start, end, {
      frequency: 'weekly',
      weekdays: ['TU'],
      until: '2026-11-03T00:00:00.000Z',
      removed: ['2026-10-20'],
      added: ['2026-10-22T15:00:00.000Z'],
    })
    expect(series).toEqual({
      first: { start, end },
      rule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4',
      excluded: [new Date('2026-10-20T15:00:00Z')],
      added: [new Date('2026-10-22T15:00:00Z')],
    })
  })

  it('starts at the rule’s first date when the event’s own date is not one of them', () => {
    // 13 October 2026 is a Tuesday; the series meets on Thursdays.
    const series = icalSeries(start, end, { frequency: 'weekly', weekdays: ['TH'], count: 2 })
    expect(series?.first.start.toISOString()).toBe('2026-10-15T15:00:00.000Z')
    expect(series?.first.end?.toISOString()).toBe('2026-10-15T18:00:00.000Z')
  })

  it('is undefined for a one-off event', () => {
    expect(icalSeries(start, end, { frequency: 'none' })).toBeUndefined()
  })
})
