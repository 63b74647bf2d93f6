import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import type { IcalSeries } from './recurrence'
import { TIME_ZONE } from './time'

export type IcalEventInput = {
  id: number
  name: string
  description: string
  url: string
  startsAt: Date
  endsAt?: Date
  allDay: boolean
  status: 'scheduled' | 'cancelled' | 'postponed'
  location?: string
  sequence: number
  updatedAt: Date
  /** A series: one VEVENT whose start and end are its first occurrence's. */
  series?: Omit<IcalSeries, 'first'>
}

const statuses = { scheduled: 'CONFIRMED', cancelled: 'CANCELLED', postponed: 'TENTATIVE' } as const

/** The UID of an event: stable for its lifetime, so calendar apps update rather than duplicate it. */
export const eventUid = (id: number, domain: string) => `event-${id}@${domain}`

// One formatter for every date: Helsinki wall-clock time as `2026-07-08 18:00:00` (Swedish order).
const helsinkiClock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})
/** `20260708T180000` in Helsinki time, or `20260708` for a day. */
const helsinki = (date: Date, day = false) => {
  const digits = helsinkiClock.format(date).replace(/\D/g, '')
  return day ? digits.slice(0, 8) : `${digits.slice(0, 8)}T${digits.slice(8, 14)}`
}
/** `20260601T100000Z`: DTSTAMP and LAST-MODIFIED are in UTC. */
const utc = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/** TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545 3.3.11). */
const text = (value: string) => value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n')

const octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4)

/** A content line folded at 75 octets, never inside a character (RFC 5545 3.1). */
export function fold(line: string): string {
  if (line.length <= 18 || (line.length <= 75 && !/[^\x00-\x7f]/.test(line))) return line
  let folded = ''
  let size = 0
  for (const char of line) {
    const length = octets(char.codePointAt(0)!)
    if (size + length > 75) {
      folded += '\r\n '
      size = 1
    }
    folded += char
    size += length
  }
  return folded
}

/** RRULE, EXDATE and RDATE lines; the dates in Helsinki time like DTSTART, or as days for all-day events. */
function seriesLines({ rule, excluded, added }: Omit<IcalSeries, 'first'>, allDay: boolean): string[] {
  const dates = (name: string, list: Date[]) =>
    list.length === 0
      ? []
      : [
          `${name}${allDay ? ';VALUE=DATE' : `;TZID=${TIME_ZONE}`}:${list.map((date) => helsinki(date, allDay)).join(',')}`,
        ]
  return [`RRULE:${rule}`, ...dates('EXDATE', excluded), ...dates('RDATE', added)]
}

function eventLines(event: IcalEventInput, domain: string): string[] {
  const time = (name: string, date: Date) =>
    event.allDay ? `${name};VALUE=DATE:${helsinki(date, true)}` : `${name};TZID=${TIME_ZONE}:${helsinki(date)}`
  return [
    'BEGIN:VEVENT',
    `UID:${eventUid(event.id, domain)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utc(event.updatedAt)}`,
    time('DTSTART', event.startsAt),
    ...(event.endsAt ? [time('DTEND', event.endsAt)] : []),
    ...(event.allDay ? ['X-MICROSOFT-CDO-ALLDAYEVENT:TRUE'] : []),
    ...(event.series ? seriesLines(event.series, event.allDay) : []),
    `SUMMARY:${text(event.name)}`,
    ...(event.location ? [`LOCATION:${text(event.location)}`] : []),
    `DESCRIPTION:${text(event.description)}`,
    `URL;VALUE=URI:${event.url}`,
    `STATUS:${statuses[event.status]}`,
    `LAST-MODIFIED:${utc(event.updatedAt)}`,
    'END:VEVENT',
  ]
}

/**
 * An iCalendar (RFC 5545) document: times in Europe/Helsinki with its VTIMEZONE, SEQUENCE from
 * the event's significant changes, cancelled events as STATUS:CANCELLED, a series as one VEVENT
 * with its rule, so calendar apps show it as the series it is. Written here rather than with
 * ical-generator, whose line folding encodes the document character by character (seconds for a
 * feed of a few thousand events).
 */
export function buildCalendar({
  name,
  domain,
  events,
}: {
  name: string
  domain: string
  events: IcalEventInput[]
}): string {
  // Without its VTIMEZONE a feed's local times are ambiguous: better no feed than a wrong one.
  const vtimezone = getVtimezoneComponent(TIME_ZONE)
  if (!vtimezone) throw new Error(`No VTIMEZONE data for ${TIME_ZONE}`)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${domain}//Seutu CMS//FI`,
    `NAME:${text(name)}`,
    `X-WR-CALNAME:${text(name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    ...vtimezone.split(/\r?\n/).filter(Boolean),
    ...events.flatMap((event) => eventLines(event, domain)),
    'END:VCALENDAR',
  ]
  return `${lines.map(fold).join('\r\n')}\r\n`
}
