import { describe, expect, it } from 'vitest'
import { buildCalendar } from '../../src/lib/ical'

const event = {
  id: 42,
  name: 'Pelimanniilta',
  description: 'Kansanmusiikkia',
  url: 'https://kaustisenseutu.fi/events/42',
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
    expect(unfold(buildCalendar({ name: 'x', domain: 'd', events: [winter] }))).toContain('DTSTART;TZID=Europe/Helsinki:20261104T180000')
  })

  it('marks cancelled events and all-day events', () => {
    const text = unfold(buildCalendar({ name: 'x', domain: 'd', events: [{ ...event, status: 'cancelled', allDay: true, endsAt: undefined }] }))
    expect(text).toContain('STATUS:CANCELLED')
    expect(text).toMatch(/DTSTART;VALUE=DATE:20260708/)
  })
})
