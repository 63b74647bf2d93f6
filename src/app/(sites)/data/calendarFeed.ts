import { dictionary } from '@/i18n/site'
import { cacheableResponse } from '@/lib/httpCache'
import { buildCalendar, type IcalEventInput } from '@/lib/ical'
import type { Locale } from '@/lib/locales'
import { localePath } from '@/lib/paths'
import { icalSeries } from '@/lib/recurrence'
import type { EventCard } from './events'
import type { PublicSite } from './sites'

/**
 * An iCalendar response for events of a site; links point back to the event pages. A series is
 * one VEVENT from its first occurrence, with its rule. Public and cacheable, with an ETag, so a
 * calendar app polling an unchanged feed gets a 304 to `request`.
 */
export function calendarResponse(
  site: PublicSite,
  locale: Locale,
  origin: string,
  events: EventCard[],
  filename: string,
  request: Request,
): Response {
  const domain = site.hostnames[0] ?? 'localhost'
  const input: IcalEventInput[] = events.map((event) => {
    const [start, end] = [new Date(event.startsAt), event.endsAt ? new Date(event.endsAt) : undefined]
    const series = icalSeries(start, end, event.recurrence)
    return {
      id: event.id,
      name: event.name,
      description: event.shortDescription,
      url: `${origin}${localePath(locale, `/events/${event.id}`)}`,
      startsAt: series?.first.start ?? start,
      endsAt: series ? series.first.end : end,
      allDay: event.allDay,
      status: event.status,
      location: event.place
        ? [event.place.name, event.place.streetAddress, event.place.municipality].filter(Boolean).join(', ')
        : event.online
          ? dictionary(locale).online
          : undefined,
      sequence: event.sequence,
      updatedAt: new Date(event.updatedAt),
      series,
    }
  })
  const body = buildCalendar({ name: `${site.name[locale]}: ${dictionary(locale).events}`, domain, events: input })
  return cacheableResponse(request, body, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `inline; filename="${filename}"`,
  })
}
