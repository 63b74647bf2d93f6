import { unstable_cache } from 'next/cache'
import type { Payload, Where } from 'payload'
import type { EventFilters } from '@/lib/eventFilters'
import type { Locale } from '@/lib/locales'
import { recurrenceOf, type Recurrence } from '@/lib/recurrence'
import { helsinkiDay } from '@/lib/time'
import type { Event, EventOccurrence, Municipality, Topic } from '@/payload-types'
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
  recurrence: Recurrence
  sequence: number
  updatedAt: string
}

/** An event at one of its occurrences: the times are the occurrence's; a series' card names its day (`YYYY-MM-DD`). */
export type OccurrenceCard = EventCard & { key: string; occurrence?: string }

export type SerialFilters = Omit<EventFilters, 'range'> & { range?: { from: string; to: string } }

const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)

/**
 * The calendar's query: one site's occurrences overlapping the range, with the filters. A
 * municipality and a topic are first turned into the ids the rows hold (the municipality's
 * places, the topic), so the rows are filtered without joining places or topics.
 */
export async function occurrenceListWhere(
  client: Payload,
  siteId: number,
  filters: SerialFilters,
  now: string,
): Promise<Where> {
  const and: Where[] = [{ site: { equals: siteId } }, { endsAt: { greater_than_equal: filters.range?.from ?? now } }]
  if (filters.range) and.push({ startsAt: { less_than_equal: filters.range.to } })
  const ids = async (collection: 'places' | 'topics', where: Where) =>
    (await client.find({ collection, where, depth: 0, pagination: false, select: {}, overrideAccess: false })).docs.map(
      (doc) => doc.id,
    )
  if (filters.municipality)
    and.push({ place: { in: await ids('places', { 'municipality.code': { equals: filters.municipality } }) } })
  if (filters.topic) and.push({ topics: { in: await ids('topics', { ysoId: { equals: filters.topic } }) } })
  if (filters.audience) and.push({ audience: { in: [filters.audience] } })
  if (filters.freeOnly) and.push({ isFree: { equals: true } })
  if (filters.text)
    and.push({ or: [{ 'event.name': { like: filters.text } }, { 'event.shortDescription': { like: filters.text } }] })
  return { and }
}

/**
 * Occurrences in calendar order. The rows exist only for published events (see
 * Events/occurrences.ts), so they are read without the access rule's join to events; the events
 * themselves are then read as a visitor.
 */
const findOccurrences = (client: Payload, where: Where, locale: Locale, limit: number, page = 1, pagination = true) =>
  client.find({
    collection: 'event-occurrences',
    where,
    locale,
    sort: ['startsAt', 'id'],
    limit,
    page,
    pagination,
    depth: 0,
    select: { event: true, startsAt: true, endsAt: true },
    overrideAccess: true,
  })

const toCard = (doc: Event): EventCard => {
  const place = typeof doc.place === 'object' && doc.place ? doc.place : undefined
  const municipality = place && typeof place.municipality === 'object' ? place.municipality.name : undefined
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
    recurrence: recurrenceOf(doc.recurrence),
    sequence: doc.icalSequence ?? 0,
    updatedAt: doc.updatedAt,
  }
}

/** The published events `ids`, read as a visitor (drafts stay out), as cards by id. */
async function eventCards(client: Payload, locale: Locale, ids: number[]): Promise<Map<number, EventCard>> {
  if (ids.length === 0) return new Map()
  const result = await client.find({
    collection: 'events',
    where: { id: { in: ids } },
    locale,
    depth: 2,
    pagination: false,
    overrideAccess: false,
    select: {
      name: true,
      shortDescription: true,
      startsAt: true,
      endsAt: true,
      allDay: true,
      recurrence: true,
      eventStatus: true,
      isFree: true,
      price: true,
      place: true,
      onlineUrl: true,
      icalSequence: true,
      updatedAt: true,
    },
  })
  return new Map(result.docs.map((doc) => [doc.id, toCard(doc as Event)]))
}

/** Occurrence rows as cards; a series' cards name their occurrence, for its link. */
async function occurrenceCards(
  client: Payload,
  locale: Locale,
  rows: Pick<EventOccurrence, 'id' | 'event' | 'startsAt' | 'endsAt'>[],
): Promise<OccurrenceCard[]> {
  const cards = await eventCards(client, locale, [...new Set(rows.map((row) => idOf(row.event)))])
  return rows.flatMap((row) => {
    const card = cards.get(idOf(row.event))
    if (!card) return []
    const series = card.recurrence.frequency !== 'none'
    return [
      {
        ...card,
        key: String(row.id),
        startsAt: row.startsAt,
        endsAt: card.endsAt ? row.endsAt : null,
        occurrence: series ? helsinkiDay(new Date(row.startsAt)) : undefined,
      },
    ]
  })
}

const minute = () => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString()
const serialise = (filters: EventFilters): string =>
  JSON.stringify({
    ...filters,
    range: filters.range && { from: filters.range.from.toISOString(), to: filters.range.to.toISOString() },
  } satisfies SerialFilters)
const tags = ['events', 'places', 'topics', 'municipalities']

/** One page of the calendar (uncached; `npm run bench` measures it). */
export async function calendarPage(
  client: Payload,
  siteId: number,
  locale: Locale,
  filters: SerialFilters,
  now: string,
  limit = PAGE_SIZE,
) {
  const result = await findOccurrences(
    client,
    await occurrenceListWhere(client, siteId, filters, now),
    locale,
    limit,
    filters.page,
  )
  return {
    events: await occurrenceCards(client, locale, result.docs),
    total: result.totalDocs,
    pages: Math.max(1, result.totalPages),
  }
}

const cachedList = unstable_cache(
  async (siteId: number, locale: Locale, filtersJson: string, now: string) =>
    calendarPage(await payload(), siteId, locale, JSON.parse(filtersJson) as SerialFilters, now),
  ['events-list'],
  { tags, revalidate: 300 },
)

/**
 * The calendar: a site's occurrences of published events, filtered as the visitor asked, soonest
 * first. `now` is rounded to the minute so the cache can serve repeat visits.
 */
export function listEvents(siteId: number, locale: Locale, filters: EventFilters) {
  return cachedList(siteId, locale, serialise(filters), minute())
}

/** The front page's events (uncached; `npm run bench` measures it); see nextEvents. */
export async function nextOccurrences(client: Payload, siteId: number, locale: Locale, now: string, count: number) {
  const upcoming = await occurrenceListWhere(client, siteId, { when: 'upcoming', freeOnly: false, page: 1 }, now)
  const rows: Awaited<ReturnType<typeof findOccurrences>>['docs'] = []
  while (rows.length < count) {
    const shown = rows.map((row) => idOf(row.event))
    const where = shown.length > 0 ? { and: [upcoming, { event: { not_in: shown } }] } : upcoming
    const next = (await findOccurrences(client, where, locale, 1, 1, false)).docs[0]
    if (!next) break
    rows.push(next)
  }
  return occurrenceCards(client, locale, rows)
}

const cachedNext = unstable_cache(
  async (siteId: number, locale: Locale, now: string, count: number) =>
    nextOccurrences(await payload(), siteId, locale, now, count),
  ['events-next'],
  { tags, revalidate: 300 },
)

/**
 * The front page's next `count` events of a site: different events, each at its next occurrence,
 * so that a weekly series does not take every place. One small query each.
 */
export function nextEvents(siteId: number, locale: Locale, count: number) {
  return cachedNext(siteId, locale, minute(), count)
}

/** A feed's events (uncached; `npm run bench` measures it); see feedEvents. */
export async function feedPage(
  client: Payload,
  siteId: number,
  locale: Locale,
  filters: SerialFilters,
  now: string,
  occurrences: number,
): Promise<EventCard[]> {
  const rows = (
    await findOccurrences(
      client,
      await occurrenceListWhere(client, siteId, filters, now),
      locale,
      occurrences,
      1,
      false,
    )
  ).docs
  const ids = [...new Set(rows.map((row) => idOf(row.event)))]
  const cards = await eventCards(client, locale, ids)
  return ids.flatMap((id) => cards.get(id) ?? [])
}

const cachedFeed = unstable_cache(
  async (siteId: number, locale: Locale, filtersJson: string, now: string, occurrences: number) =>
    feedPage(await payload(), siteId, locale, JSON.parse(filtersJson) as SerialFilters, now, occurrences),
  ['events-feed'],
  { tags, revalidate: 300 },
)

/**
 * The events of a feed: those of the first `occurrences` occurrences the filters find, each once,
 * in the order of their first occurrence there; a series carries its whole rule.
 */
export function feedEvents(siteId: number, locale: Locale, filters: EventFilters, occurrences: number) {
  return cachedFeed(siteId, locale, serialise({ ...filters, page: 1 }), minute(), occurrences)
}

/** Choices for the filter form: all municipalities and the topics, in one language. */
export const filterChoices = unstable_cache(
  async (locale: Locale) => {
    const client = await payload()
    const [municipalities, topics] = await Promise.all([
      client.find({ collection: 'municipalities', locale, sort: 'name', limit: 100, depth: 0, overrideAccess: false }),
      client.find({
        collection: 'topics',
        locale,
        sort: 'name',
        limit: 200,
        depth: 0,
        overrideAccess: false,
        where: { ysoId: { exists: true } },
      }),
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
    const result = await (
      await payload()
    ).find({
      collection: 'events',
      where: { and: [{ id: { equals: id } }, { sites: { in: [siteId] } }] },
      locale,
      limit: 1,
      depth: 2,
      joins: false,
      overrideAccess: false,
    })
    const doc = result.docs[0] as Event | undefined
    if (!doc) return undefined
    const organiser = typeof doc.organiser === 'object' ? doc.organiser : undefined
    const place = typeof doc.place === 'object' && doc.place ? doc.place : undefined
    return { ...toCard(doc), doc, organiser: organiser?.name, placeDetails: place }
  },
  ['event'],
  { tags: ['events', 'places'] },
)
