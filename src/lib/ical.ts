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

// Helsinki wall-clock time as `2026-07-08 18:00:00` (Swedish order), asked of Intl only to learn
// the offset: Intl formats a date in microseconds, and a feed has thousands of them.
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
const DAY_MS = 86_400_000
/** Helsinki's offset from UTC at a whole second `ms`, from Intl. */
function intlOffset(ms: number): number {
  const [year, month, day, hour, minute, second] = helsinkiClock.format(ms).split(/\D/).map(Number)
  return Date.UTC(year, month - 1, day, hour, minute, second) - ms
}
/** Each UTC day's offset, or NaN for a day the clocks change on (twice a year). */
const dayOffsets = new Map<number, number>()
/** Helsinki's offset from UTC at `ms`: learnt once per UTC day, exactly on a day the clocks change. */
function helsinkiOffset(ms: number): number {
  const second = Math.floor(ms / 1000) * 1000
  const day = Math.floor(ms / DAY_MS)
  let offset = dayOffsets.get(day)
  if (offset === undefined) {
    const [first, last] = [intlOffset(day * DAY_MS), intlOffset(day * DAY_MS + DAY_MS - 1000)]
    offset = first === last ? first : NaN
    dayOffsets.set(day, offset)
  }
  return Number.isNaN(offset) ? intlOffset(second) : offset
}
const two = (value: number) => (value < 10 ? `0${value}` : String(value))
/** `20260708T180000` of a date's UTC fields, or `20260708` for a day. */
function digits(date: Date, day: boolean): string {
  const ymd = `${date.getUTCFullYear()}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}`
  return day ? ymd : `${ymd}T${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}`
}
/** `20260708T180000` in Helsinki time, or `20260708` for a day. */
const helsinki = (date: Date, day = false) => digits(new Date(date.getTime() + helsinkiOffset(date.getTime())), day)
/** `20260601T100000Z`: DTSTAMP and LAST-MODIFIED are in UTC. */
const utc = (date: Date) => `${digits(date, false)}Z`

/** TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545 3.3.11). */
const text = (value: string) =>
  /[\\;,\r\n]/.test(value) ? value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n') : value

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
function seriesLines({ rule, excluded, added }: Omit<IcalSeries, 'first'>, allDay: boolean, lines: string[]) {
  const dates = (name: string, list: Date[]) => {
    if (list.length > 0)
      lines.push(
        `${name}${allDay ? ';VALUE=DATE' : `;TZID=${TIME_ZONE}`}:${list.map((date) => helsinki(date, allDay)).join(',')}`,
      )
  }
  lines.push(`RRULE:${rule}`)
  dates('EXDATE', excluded)
  dates('RDATE', added)
}

/** An event's content lines, appended to `lines` (a feed writes thousands into one list). */
function eventLines(event: IcalEventInput, domain: string, lines: string[]) {
  const time = (name: string, date: Date) =>
    event.allDay ? `${name};VALUE=DATE:${helsinki(date, true)}` : `${name};TZID=${TIME_ZONE}:${helsinki(date)}`
  const modified = utc(event.updatedAt)
  lines.push(
    'BEGIN:VEVENT',
    `UID:${eventUid(event.id, domain)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${modified}`,
    time('DTSTART', event.startsAt),
  )
  if (event.endsAt) lines.push(time('DTEND', event.endsAt))
  if (event.allDay) lines.push('X-MICROSOFT-CDO-ALLDAYEVENT:TRUE')
  if (event.series) seriesLines(event.series, event.allDay, lines)
  lines.push(`SUMMARY:${text(event.name)}`)
  if (event.location) lines.push(`LOCATION:${text(event.location)}`)
  lines.push(
    `DESCRIPTION:${text(event.description)}`,
    `URL;VALUE=URI:${event.url}`,
    `STATUS:${statuses[event.status]}`,
    `LAST-MODIFIED:${modified}`,
    'END:VEVENT',
  )
}

/**
 * An iCalendar (RFC 5545) document: times in Europe/Helsinki with its VTIMEZONE, SEQUENCE from
 * the event's significant changes, cancelled events as STATUS:CANCELLED, a series as one VEVENT
 * with its rule, so calendar apps show it as the series it is. Written here as plain strings
 * rather than with ical-generator, whose line folding encodes the document character by character
 * (seconds for a feed of a few thousand events); dates without Intl per date (see helsinki).
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
  ]
  for (const event of events) eventLines(event, domain, lines)
  lines.push('END:VCALENDAR')
  return `${lines.map(fold).join('\r\n')}\r\n`
}
