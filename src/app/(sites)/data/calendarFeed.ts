import { dictionary } from '@/i18n/site'
import { buildCalendar, type IcalEventInput } from '@/lib/ical'
import type { Locale } from '@/lib/locales'
import { localePath } from '@/lib/paths'
import type { EventCard } from './events'
import type { PublicSite } from './sites'

/** An iCalendar response for events of a site; links point back to the event pages. */
export function calendarResponse(site: PublicSite, locale: Locale, origin: string, events: EventCard[], filename: string): Response {
  const domain = site.hostnames[0] ?? 'localhost'
  const input: IcalEventInput[] = events.map((event) => ({
    id: event.id,
    name: event.name,
    description: event.shortDescription,
    url: `${origin}${localePath(locale, `/events/${event.id}`)}`,
    startsAt: new Date(event.startsAt),
    endsAt: event.endsAt ? new Date(event.endsAt) : undefined,
    allDay: event.allDay,
    status: event.status,
    location: event.place ? [event.place.name, event.place.streetAddress, event.place.municipality].filter(Boolean).join(', ') : event.online ? dictionary(locale).online : undefined,
    sequence: event.sequence,
    updatedAt: new Date(event.updatedAt),
  }))
  const body = buildCalendar({ name: `${site.name[locale]}: ${dictionary(locale).events}`, domain, events: input })
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${filename}"`,
      'Cache-Control': 'public, max-age=300',
    },
  })
}
