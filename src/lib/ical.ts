import { TZDate } from '@date-fns/tz'
import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import { format } from 'date-fns'
import ical, { ICalEventStatus } from 'ical-generator'
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

const statuses = {
  scheduled: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
  postponed: ICalEventStatus.TENTATIVE,
}

/** The UID of an event: stable for its lifetime, so calendar apps update rather than duplicate it. */
export const eventUid = (id: number, domain: string) => `event-${id}@${domain}`

// ical-generator writes a plain Date's local fields; TZDate's local fields are Helsinki's.
const local = (date: Date) => new TZDate(date.getTime(), TIME_ZONE)

/** RRULE, EXDATE and RDATE lines; the dates in Helsinki time like DTSTART, or as days for all-day events. */
function seriesLines({ rule, excluded, added }: Omit<IcalSeries, 'first'>, allDay: boolean): string {
  const dates = (name: string, list: Date[]) =>
    list.length === 0
      ? []
      : [
          `${name}${allDay ? ';VALUE=DATE' : `;TZID=${TIME_ZONE}`}:${list.map((date) => format(local(date), allDay ? 'yyyyMMdd' : "yyyyMMdd'T'HHmmss")).join(',')}`,
        ]
  return [`RRULE:${rule}`, ...dates('EXDATE', excluded), ...dates('RDATE', added)].join('\n')
}

/**
 * An iCalendar (RFC 5545) document made with ical-generator: times in Europe/Helsinki with its
 * VTIMEZONE, SEQUENCE from the event's significant changes, cancelled events as STATUS:CANCELLED,
 * a series as one VEVENT with its rule, so calendar apps show it as the series it is.
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
  const calendar = ical({
    name,
    prodId: { company: domain, product: 'Seutu CMS', language: 'FI' },
    timezone: { name: TIME_ZONE, generator: () => vtimezone },
  })
  for (const event of events) {
    calendar.createEvent({
      id: eventUid(event.id, domain),
      summary: event.name,
      description: event.description,
      url: event.url,
      start: local(event.startsAt),
      end: event.endsAt && local(event.endsAt),
      allDay: event.allDay,
      timezone: TIME_ZONE,
      repeating: event.series && seriesLines(event.series, event.allDay),
      location: event.location,
      status: statuses[event.status],
      sequence: event.sequence,
      stamp: event.updatedAt,
      lastModified: event.updatedAt,
    })
  }
  return calendar.toString()
}
