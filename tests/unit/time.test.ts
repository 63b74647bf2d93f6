import { describe, expect, it } from 'vitest'
import {
  formatEventTime,
  helsinkiDate,
  helsinkiDateTime,
  helsinkiDay,
  helsinkiToday,
  helsinkiWeekend,
  parseClock,
  parseDay,
} from '../../src/lib/time'

describe('Helsinki time', () => {
  it('takes the Helsinki day, not the UTC day', () => {
    // 23:30 UTC on 7 July is already 8 July in Helsinki (UTC+3 in summer).
    const today = helsinkiToday(new Date('2026-07-07T23:30:00Z'))
    expect(today.from.toISOString()).toBe('2026-07-07T21:00:00.000Z')
    expect(today.to.toISOString()).toBe('2026-07-08T20:59:59.999Z')
  })

  it('names the Helsinki day of an instant', () => {
    expect(helsinkiDay(new Date('2026-07-07T23:30:00Z'))).toBe('2026-07-08')
    expect(helsinkiDay(new Date('2026-12-31T21:59:59Z'))).toBe('2026-12-31')
  })

  it('knows the weekend, also across the change to winter time', () => {
    // Thursday 22 October 2026; the clocks go back on Sunday 25 October.
    const weekend = helsinkiWeekend(new Date('2026-10-22T10:00:00Z'))
    expect(weekend.from.toISOString()).toBe('2026-10-23T21:00:00.000Z')
    expect(weekend.to.toISOString()).toBe('2026-10-25T21:59:59.999Z')
    const onSunday = helsinkiWeekend(new Date('2026-10-25T12:00:00Z'))
    expect(onSunday.from.toISOString()).toBe('2026-10-23T21:00:00.000Z')
  })

  it('reads YYYY-MM-DD as a Helsinki day and refuses dates that do not exist', () => {
    expect(helsinkiDate('2026-01-31', 'start')?.toISOString()).toBe('2026-01-30T22:00:00.000Z')
    expect(helsinkiDate('2026-01-31', 'end')?.toISOString()).toBe('2026-01-31T21:59:59.999Z')
    expect(helsinkiDate('2026-02-30', 'start')).toBeUndefined()
    expect(helsinkiDate('31.1.2026', 'start')).toBeUndefined()
  })

  it('reads days and times as forms send them or as they are typed in Finland', () => {
    expect(parseDay('2026-12-24')).toEqual({ year: 2026, month: 11, day: 24 })
    expect(parseDay('24.12.2026')).toEqual({ year: 2026, month: 11, day: 24 })
    expect(parseDay('30.2.2026')).toBeUndefined()
    expect(parseDay('12/24/2026')).toBeUndefined()
    expect(parseClock('18:00')).toEqual({ hour: 18, minute: 0 })
    expect(parseClock('9.30')).toEqual({ hour: 9, minute: 30 })
    expect(parseClock('24:00')).toBeUndefined()
    expect(parseClock('18')).toBeUndefined()
  })

  it('places a wall-clock time in Helsinki on either side of the change to summer time', () => {
    expect(helsinkiDateTime({ year: 2026, month: 2, day: 28 }, { hour: 18, minute: 0 }).toISOString()).toBe(
      '2026-03-28T16:00:00.000Z',
    )
    expect(helsinkiDateTime({ year: 2026, month: 2, day: 29 }, { hour: 18, minute: 0 }).toISOString()).toBe(
      '2026-03-29T15:00:00.000Z',
    )
  })

  it('formats times for visitors in Helsinki time', () => {
    const start = new Date('2026-07-08T15:00:00Z')
    const end = new Date('2026-07-08T18:00:00Z')
    expect(formatEventTime(start, end, false, 'fi')).toBe('ke 8.7.2026 18.00–21.00')
    expect(formatEventTime(start, undefined, true, 'en')).toBe('Wed, 08/07/2026')
  })
})
