import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'
import type { EventFilters } from '@/lib/eventFilters'
import type { Locale } from '@/lib/locales'
import type { Event, Municipality, Organisation, Place, Topic } from '@/payload-types'
import { payload } from './payload'

export const PAGE_SIZE = 20

export type EventCard = {
  id: number
  name: string
  shortDescription: string
  startsAt: string
  endsAt?: string | null
  allDay: boolean
  status: Event['eventStatus']
  isFree: boolean
  price?: string | null
  place?: { name: string; streetAddress?: string | null; municipality?: string } | undefined
  online: boolean
  sequence: number
  updatedAt: string
}

export type SerialFilters = Omit<EventFilters, 'range'> & { range?: { from: string; to: string } }

/** The calendar's query: one site's published events overlapping the range, with the filters. */
export function eventListWhere(siteId: number, filters: SerialFilters, now: string): Where {
  const from = filters.range?.from ?? now
  const and: Where[] = [
    { sites: { in: [siteId] } },
    {
      or: [
        { endsAt: { greater_than_equal: from } },
        { and: [{ endsAt: { exists: false } }, { startsAt: { greater_than_equal: from } }] },
      ],
    },
  ]
  if (filters.range) and.push({ startsAt: { less_than_equal: filters.range.to } })
  if (filters.municipality) and.push({ 'place.municipality.code': { equals: filters.municipality } })
  if (filters.topic) and.push({ 'topics.ysoId': { equals: filters.topic } })
  if (filters.audience) and.push({ audience: { in: [filters.audience] } })
  if (filters.freeOnly) and.push({ isFree: { equals: true } })
  if (filters.text) and.push({ or: [{ name: { like: filters.text } }, { shortDescription: { like: filters.text } }] })
  return { and }
}

const toCard = (doc: Event): EventCard => {
  const place = typeof doc.place === 'object' && doc.place ? (doc.place as Place) : undefined
  const municipality = place && typeof place.municipality === 'object' ? (place.municipality as Municipality).name : undefined
  return {
    id: doc.id,
    name: doc.name ?? '',
    shortDescription: doc.shortDescription ?? '',
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    allDay: Boolean(doc.allDay),
    status: doc.eventStatus,
    isFree: Boolean(doc.isFree),
    price: doc.price,
    place: place ? { name: place.name ?? '', streetAddress: place.streetAddress, municipality } : undefined,
    online: Boolean(doc.onlineUrl),
    sequence: doc.icalSequence ?? 0,
    updatedAt: doc.updatedAt,
  }
}

const cachedList = unstable_cache(
  async (siteId: number, locale: Locale, filtersJson: string, now: string, limit: number) => {
    const filters = JSON.parse(filtersJson) as SerialFilters
    const result = await (await payload()).find({
      collection: 'events',
      where: eventListWhere(siteId, filters, now),
      locale,
      sort: 'startsAt',
      limit,
      page: filters.page,
      depth: 2,
      overrideAccess: false,
      select: { name: true, shortDescription: true, startsAt: true, endsAt: true, allDay: true, eventStatus: true, isFree: true, price: true, place: true, onlineUrl: true, icalSequence: true, updatedAt: true },
    })
    return { events: result.docs.map((doc) => toCard(doc as Event)), total: result.totalDocs, pages: Math.max(1, result.totalPages) }
  },
  ['events-list'],
  { tags: ['events', 'places'], revalidate: 300 },
)

/**
 * Published events of a site, filtered as the visitor asked. Anonymous access (`overrideAccess:
 * false`) keeps drafts out. `now` is rounded to the minute so the cache can serve repeat visits.
 */
export function listEvents(siteId: number, locale: Locale, filters: EventFilters, limit = PAGE_SIZE) {
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString()
  const serial: SerialFilters = { ...filters, range: filters.range && { from: filters.range.from.toISOString(), to: filters.range.to.toISOString() } }
  return cachedList(siteId, locale, JSON.stringify(serial), now, limit)
}

/** Choices for the filter form: all municipalities and the topics, in one language. */
export const filterChoices = unstable_cache(
  async (locale: Locale) => {
    const client = await payload()
    const [municipalities, topics] = await Promise.all([
      client.find({ collection: 'municipalities', locale, sort: 'name', limit: 100, depth: 0, overrideAccess: false }),
      client.find({ collection: 'topics', locale, sort: 'name', limit: 200, depth: 0, overrideAccess: false, where: { ysoId: { exists: true } } }),
    ])
    return {
      municipalities: municipalities.docs.map((m: Municipality) => ({ value: m.code, label: m.name })),
      topics: topics.docs.map((t: Topic) => ({ value: t.ysoId!, label: t.name })),
    }
  },
  ['event-filter-choices'],
  { tags: ['municipalities', 'topics'] },
)

/** One published event of a site, or undefined. */
export const getEvent = unstable_cache(
  async (siteId: number, locale: Locale, id: number) => {
    const result = await (await payload()).find({
      collection: 'events',
      where: { and: [{ id: { equals: id } }, { sites: { in: [siteId] } }] },
      locale,
      limit: 1,
      depth: 2,
      overrideAccess: false,
    })
    const doc = result.docs[0] as Event | undefined
    if (!doc) return undefined
    const organiser = typeof doc.organiser === 'object' ? (doc.organiser as Organisation) : undefined
    const place = typeof doc.place === 'object' && doc.place ? (doc.place as Place) : undefined
    return { ...toCard(doc), doc, organiser: organiser?.name, placeDetails: place }
  },
  ['event'],
  { tags: ['events', 'places'] },
)
