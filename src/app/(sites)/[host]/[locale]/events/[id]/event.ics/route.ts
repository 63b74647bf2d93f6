import { isSerialId } from '@/lib/hostileInput'
import { defaultLocale, isLocale } from '@/lib/locales'
import { calendarResponse } from '../../../../../data/calendarFeed'
import { getEvent } from '../../../../../data/events'
import { siteForHost, siteOrigin } from '../../../../../data/sites'

/** "Add to calendar": one event as an iCalendar file. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ host: string; locale: string; id: string }> },
) {
  const { host, locale: raw, id } = await params
  const locale = isLocale(raw) ? raw : defaultLocale
  const site = await siteForHost(decodeURIComponent(host))
  const event = site && isSerialId(id) ? await getEvent(site.id, locale, Number(id)) : undefined
  if (!site || !event) return new Response('Not found', { status: 404 })
  return calendarResponse(site, locale, siteOrigin(site), [event], `event-${event.id}.ics`, request)
}
