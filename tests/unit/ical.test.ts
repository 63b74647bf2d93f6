import { rrulestr } from 'rrule'
import { describe, expect, it, vi } from 'vitest'
import { buildCalendar } from '../../src/lib/ical'
import { icalSeries, occurrencesOf, type Recurrence } from '../../src/lib/recurrence'

const event = {
  id: 42,
  name: 'Pelimanniilta',
  description: 'Kansanmusiikkia',
  url: 'https://kaustisenseutu.fi/tapahtumat/42',
  startsAt: new Date('2026-07-08T15:00:00Z'),
  endsAt: new Date('2026-07-08T18:00:00Z'),
  allDay: false,
  status: 'scheduled' as const,
  location: 'Kansantaiteenkeskus, Kaustinen',
  sequence: 3,
  updatedAt: new Date('2026-06-01T10:00:00Z'),
}

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '')

describe('iCalendar', () => {
  it('writes Helsinki local times with the VTIMEZONE, a stable UID and the sequence', () => {
    const text = unfold(buildCalendar({ name: 'Tapahtumat', domain: 'kaustisenseutu.fi', events: [event] }))
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Helsinki')
    expect(text).toContain('DTSTART;TZID=Europe/Helsinki:20260708T180000')
    expect(text).toContain('DTEND;TZID=Europe/Helsinki:20260708T210000')
    expect(text).toContain('UID:event-42@kaustisenseutu.fi')
    expect(text).toContain('SEQUENCE:3')
    expect(text).toContain('STATUS:CONFIRMED')
  })

  it('keeps the wall-clock time across the change to winter time', () => {
    const winter = { ...event, startsAt: new Date('2026-11-04T16:00:00Z'), endsAt: undefined }
    expect(unfold(buildCalendar({ name: 'x', domain: 'd', events: [winter] }))).toContain(
      'DTSTART;TZID=Europe/Helsinki:20261104T180000',
    )
  })

  it('writes the hours on the days the clocks change exactly, on both sides of the change', () => {
    const at = (iso: string) => {
      const text = unfold(
        buildCalendar({ name: 'x', domain: 'd', events: [{ ...event, startsAt: new Date(iso), endsAt: undefined }] }),
      )
      return /DTSTART;TZID=Europe\/Helsinki:(\d{8}T\d{6})/.exec(text)?.[1]
    }
    // Summer time ends at 01.00 UTC on 25 October 2026 (04.00 becomes 03.00) and begins at 01.00
    // UTC on 29 March 2026 (03.00 becomes 04.00).
    expect(at('2026-10-25T00:30:00Z')).toBe('20261025T033000')
    expect(at('2026-10-25T01:30:00Z')).toBe('20261025T033000')
    expect(at('2026-10-25T22:15:00Z')).toBe('20261026T001500')
    expect(at('2026-03-29T00:30:00Z')).toBe('20260329T023000')
    expect(at('2026-03-29T01:30:00Z')).toBe('20260329T043000')
    expect(at('2026-03-28T23:59:59Z')).toBe('20260329T015959')
  })

  it('marks cancelled events and all-day events', () => {
    const text = unfold(
      buildCalendar({
        name: 'x',
        domain: 'd',
        events: [{ ...event, status: 'cancelled', allDay: true, endsAt: undefined }],
      }),
    )
    expect(text).toContain('STATUS:CANCELLED')
    expect(text).toMatch(/DTSTART;VALUE=DATE:20260708/)
  })

  it('writes a series as one VEVENT with its rule, removed and added dates in Helsinki time', () => {
    // Tuesdays 18.00–21.00 from 13 October 2026, four times, 20 October removed, Thursday 22 October added;
    // winter time begins on 25 October.
    const start = new Date('2026-10-13T15:00:00Z')
    const series = icalSeries(start, new Date('2026-10-13T18:00:00Z'), {
      frequency: 'weekly',
      weekdays: ['TU'],
      count: 4,
      removed: ['2026-10-20'],
      added: ['2026-10-22T15:00:00.000Z'],
    })!
    const text = unfold(
      buildCalendar({
        name: 'x',
        domain: 'd',
        events: [{ ...event, startsAt: series.first.start, endsAt: series.first.end, series }],
      }),
    )
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    expect(text).toContain('DTSTART;TZID=Europe/Helsinki:20261013T180000')
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4\r\n')
    expect(text).toContain('EXDATE;TZID=Europe/Helsinki:20261020T180000\r\n')
    expect(text).toContain('RDATE;TZID=Europe/Helsinki:20261022T180000\r\n')
  })

  it('writes an all-day series’ dates as days', () => {
    const start = new Date('2026-10-12T21:00:00Z') // 13 October in Helsinki
    const series = icalSeries(start, undefined, { frequency: 'daily', count: 3, removed: ['2026-10-14'] })!
    const text = unfold(
      buildCalendar({
        name: 'x',
        domain: 'd',
        events: [{ ...event, allDay: true, startsAt: series.first.start, endsAt: undefined, series }],
      }),
    )
    expect(text).toMatch(/DTSTART;VALUE=DATE:20261013/)
    expect(text).toContain('RRULE:FREQ=DAILY;COUNT=3\r\n')
    expect(text).toContain('EXDATE;VALUE=DATE:20261014\r\n')
  })

  it('a calendar app expands the series to exactly the occurrences the calendar lists', () => {
    // rrule.js reads TZID times through the process's own time zone.
    vi.stubEnv('TZ', 'UTC')
    try {
      const start = new Date('2026-10-13T15:00:00Z')
      const end = new Date('2026-10-13T18:00:00Z')
      const recurrence: Recurrence = {
        frequency: 'weekly',
        weekdays: ['TU', 'TH'],
        until: '2026-11-30T00:00:00.000Z',
        removed: ['2026-10-20', '2026-11-05'],
        added: ['2026-12-05T10:00:00.000Z'],
      }
      const series = icalSeries(start, end, recurrence)!
      const text = unfold(
        buildCalendar({
          name: 'x',
          domain: 'd',
          events: [{ ...event, startsAt: series.first.start, endsAt: series.first.end, series }],
        }),
      )
      const vevent = text.slice(text.indexOf('BEGIN:VEVENT'), text.indexOf('END:VEVENT'))
      const rule = vevent.split('\r\n').filter((line) => /^(DTSTART|RRULE|EXDATE|RDATE)[;:]/.test(line))
      expect(rrulestr(rule.join('\n'), { forceset: true }).all()).toEqual(
        occurrencesOf(start, end, recurrence).map((o) => o.start),
      )
    } finally {
      vi.unstubAllEnvs()
    }
  })
})
