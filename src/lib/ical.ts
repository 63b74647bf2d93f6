import { TZDate } from '@date-fns/tz'
import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, { ICalEventStatus } from 'ical-generator'
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
}

const statuses = { scheduled: ICalEventStatus.CONFIRMED, cancelled: ICalEventStatus.CANCELLED, postponed: ICalEventStatus.TENTATIVE }

/** The UID of an event: stable for its lifetime, so calendar apps update rather than duplicate it. */
export const eventUid = (id: number, domain: string) => `event-${id}@${domain}`

/**
 * An iCalendar (RFC 5545) document made with ical-generator: times in Europe/Helsinki with its
 * VTIMEZONE, SEQUENCE from the event's significant changes, cancelled events as STATUS:CANCELLED.
 */
export function buildCalendar({ name, domain, events }: { name: string; domain: string; events: IcalEventInput[] }): string {
  // Without its VTIMEZONE a feed's local times are ambiguous: better no feed than a wrong one.
  const vtimezone = getVtimezoneComponent(TIME_ZONE)
  if (!vtimezone) throw new Error(`No VTIMEZONE data for ${TIME_ZONE}`)
  const calendar = ical({ name, prodId: { company: domain, product: 'Seutu CMS', language: 'FI' }, timezone: { name: TIME_ZONE, generator: () => vtimezone } })
  // ical-generator writes a plain Date's local fields; TZDate's local fields are Helsinki's.
  const local = (date: Date) => new TZDate(date.getTime(), TIME_ZONE)
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
      location: event.location,
      status: statuses[event.status],
      sequence: event.sequence,
      stamp: event.updatedAt,
      lastModified: event.updatedAt,
    })
  }
  return calendar.toString()
}
