import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'
import { eventTag } from '@/lib/cacheTags'
import type { EventFilters } from '@/lib/eventFilters'
import type { Locale } from '@/lib/locales'
import { recurrenceOf, type Recurrence, type WeekdayCode } from '@/lib/recurrence'
import { helsinkiDay } from '@/lib/time'
import type { Event, Municipality, Topic } from '@/payload-types'
import { querySql } from '@/server/sql'
import { eventTexts, textFilter } from '@/server/textSearch'
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

const LAST_DAY = Date.parse('9999-12-31T00:00:00Z')

/**
 * How a text search is run: events whose texts have the words are looked up by their ids while at
 * most `few` localised texts have them; past it the occurrences are walked in calendar order
 * instead (see textCondition) and counted up to `countLimit`, which the calendar shows as "over
 * 500". (The tests make them small.)
 */
export const TEXT_SEARCH = { few: 10_000, countLimit: 500 }

/**
 * A text filter on the occurrence rows `o`, through the full-text search of the events' own
 * names and short descriptions (src/server/textSearch.ts): when most events have the words
 * (`common`), each row's event is checked as the rows are walked in calendar order. Undefined
 * when there is no text or it has no word to look for.
 */
const textCondition = (client: Payload, locale: Locale, text: string | undefined, few: number) =>
  text ? textFilter(client, sql`o.event_id`, eventTexts, locale, text, few) : undefined

/**
 * The calendar's conditions on the occurrence rows `o`: one site's occurrences overlapping the
 * range, with the filters and a text's condition (textCondition). A municipality and a topic are
 * matched through the ids the rows hold (the municipality's places, the topic in the row's JSON
 * array), so no place or topic is joined row by row and a count reads one index alone.
 */
function occurrenceConditions(siteId: number, filters: SerialFilters, now: string, text?: SQL): SQL {
  const conditions = [sql`o.site_id = ${siteId}`, sql`o.ends_at >= ${filters.range?.from ?? now}`]
  // A range open at the end runs to JavaScript's last date, past PostgreSQL's: no condition needed.
  if (filters.range && Date.parse(filters.range.to) < LAST_DAY) conditions.push(sql`o.starts_at <= ${filters.range.to}`)
  if (filters.municipality)
    conditions.push(
      sql`o.place_id IN (SELECT p.id FROM places p JOIN municipalities m ON m.id = p.municipality_id WHERE m.code = ${filters.municipality})`,
    )
  // Each array to look for is made once, not row by row (jsonb_build_array is not immutable).
  if (filters.topic)
    conditions.push(sql`o.topics @> (SELECT jsonb_build_array(t.id) FROM topics t WHERE t.yso_id = ${filters.topic})`)
  if (filters.audience) conditions.push(sql`o.audience @> ${JSON.stringify([filters.audience])}::jsonb`)
  if (filters.freeOnly) conditions.push(sql`o.is_free`)
  if (text) conditions.push(text)
  return sql.join(conditions, sql` AND `)
}

type OccurrenceRow = { id: number; event: number; startsAt: string; endsAt: string }

/** An instant as JavaScript writes it (`2026-12-02T16:00:00.000Z`), as Payload's own reads return dates. */
const isoOf = (column: SQL) => sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

/**
 * Occurrences in calendar order, soonest first (ties by row). The rows exist only for published
 * events (see Events/occurrences.ts), so they are read without the access rule's join to events;
 * the cards then read only published events.
 */
const findOccurrences = (client: Payload, conditions: SQL, limit: number, offset = 0) =>
  querySql<OccurrenceRow>(
    client,
    sql`SELECT o.id, o.event_id AS event, ${isoOf(sql`o.starts_at`)} AS "startsAt", ${isoOf(sql`o.ends_at`)} AS "endsAt"
      FROM event_occurrences o WHERE ${conditions} ORDER BY o.starts_at, o.id LIMIT ${limit} OFFSET ${offset}`,
  )

/** The rows' count, or, with `limit`, the count up to `limit` + 1 (it stops reading there). */
const countOccurrences = async (client: Payload, conditions: SQL, limit?: number) =>
  (
    await querySql<{ total: number }>(
      client,
      limit === undefined
        ? sql`SELECT count(*)::int AS total FROM event_occurrences o WHERE ${conditions}`
        : sql`SELECT count(*)::int AS total FROM (SELECT FROM event_occurrences o WHERE ${conditions} LIMIT ${limit + 1}) o`,
    )
  )[0].total

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

type CardRow = {
  id: number
  name: string | null
  shortDescription: string | null
  startsAt: string
  endsAt: string | null
  allDay: boolean | null
  status: Event['eventStatus']
  isFree: boolean | null
  price: string | null
  placeId: number | null
  placeName: string | null
  streetAddress: string | null
  municipality: string | null
  online: boolean
  frequency: Recurrence['frequency'] | null
  interval: string | null
  weekdays: WeekdayCode[]
  until: string | null
  count: string | null
  added: string[]
  removed: string[]
  sequence: string | null
  updatedAt: string
}

/**
 * A series' dates and weekdays, looked up only for a series: a feed reads thousands of one-off
 * events, for which the three lookups were a third of the statement.
 */
const ofSeries = (dates: SQL) => sql`CASE WHEN e.recurrence_frequency <> 'none' THEN ${dates} ELSE '{}' END`

/** A localised column in the page's language, falling back to Finnish as Payload's own reads do. */
const localised = (column: string, own: string, finnish: string) =>
  sql`coalesce(nullif(${sql.identifier(own)}.${sql.identifier(column)}, ''), ${sql.identifier(finnish)}.${sql.identifier(column)})`

/**
 * The published events `ids` as cards by id, in one statement: a feed asks for thousands, which
 * Payload's reads (a document with every field and its population per event) made seconds. Only
 * published events are read, as a visitor's access to events allows (drafts stay out).
 */
async function eventCards(client: Payload, locale: Locale, ids: number[]): Promise<Map<number, EventCard>> {
  if (ids.length === 0) return new Map()
  // The ids are given to the texts' joins too: otherwise PostgreSQL reads all the events' texts
  // (twice) to join a feed's thousands of events, rather than look each up.
  const list = sql`${`{${ids.join(',')}}`}::int[]`
  const rows = await querySql<CardRow>(
    client,
    sql`SELECT e.id, ${localised('name', 'l', 'f')} AS name, ${localised('short_description', 'l', 'f')} AS "shortDescription",
        ${isoOf(sql`e.starts_at`)} AS "startsAt", ${isoOf(sql`e.ends_at`)} AS "endsAt", e.all_day AS "allDay",
        e.event_status AS status, e.is_free AS "isFree", ${localised('price', 'l', 'f')} AS price,
        e.place_id AS "placeId", ${localised('name', 'pl', 'pf')} AS "placeName",
        ${localised('street_address', 'pl', 'pf')} AS "streetAddress", ${localised('name', 'ml', 'mf')} AS municipality,
        coalesce(e.online_url, '') <> '' AS online,
        e.recurrence_frequency AS frequency, e.recurrence_interval AS interval, ${isoOf(sql`e.recurrence_until`)} AS until,
        e.recurrence_count AS count,
        ${ofSeries(sql`ARRAY(SELECT w.value::text FROM events_recurrence_weekdays w WHERE w.parent_id = e.id ORDER BY w."order")`)} AS weekdays,
        ${ofSeries(sql`ARRAY(SELECT ${isoOf(sql`a.start`)} FROM events_recurrence_added a WHERE a._parent_id = e.id AND a.start IS NOT NULL ORDER BY a._order)`)} AS added,
        ${ofSeries(sql`ARRAY(SELECT ${isoOf(sql`r.date`)} FROM events_recurrence_removed r WHERE r._parent_id = e.id AND r.date IS NOT NULL ORDER BY r._order)`)} AS removed,
        e.ical_sequence AS sequence, ${isoOf(sql`e.updated_at`)} AS "updatedAt"
      FROM events e
      LEFT JOIN events_locales l ON l._parent_id = e.id AND l._locale = ${locale} AND l._parent_id = ANY(${list})
      LEFT JOIN events_locales f ON f._parent_id = e.id AND f._locale = 'fi' AND f._parent_id = ANY(${list})
      LEFT JOIN places p ON p.id = e.place_id
      LEFT JOIN places_locales pl ON pl._parent_id = p.id AND pl._locale = ${locale}
      LEFT JOIN places_locales pf ON pf._parent_id = p.id AND pf._locale = 'fi'
      LEFT JOIN municipalities_locales ml ON ml._parent_id = p.municipality_id AND ml._locale = ${locale}
      LEFT JOIN municipalities_locales mf ON mf._parent_id = p.municipality_id AND mf._locale = 'fi'
      WHERE e.id = ANY(${list}) AND e._status = 'published'`,
  )
  const number = (value: string | null) => (value === null ? null : Number(value))
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        name: row.name ?? '',
        shortDescription: row.shortDescription ?? '',
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        allDay: Boolean(row.allDay),
        status: row.status,
        isFree: Boolean(row.isFree),
        price: row.price,
        place:
          row.placeId === null
            ? undefined
            : {
                name: row.placeName ?? '',
                streetAddress: row.streetAddress,
                municipality: row.municipality ?? undefined,
              },
        online: row.online,
        recurrence: {
          frequency: row.frequency ?? 'none',
          interval: number(row.interval),
          weekdays: row.weekdays,
          until: row.until,
          count: number(row.count),
          added: row.added,
          removed: row.removed,
        },
        sequence: number(row.sequence) ?? 0,
        updatedAt: row.updatedAt,
      },
    ]),
  )
}

/** Occurrence rows as cards; a series' cards name their occurrence, for its link. */
async function occurrenceCards(client: Payload, locale: Locale, rows: OccurrenceRow[]): Promise<OccurrenceCard[]> {
  const cards = await eventCards(client, locale, [...new Set(rows.map((row) => row.event))])
  return rows.flatMap((row) => {
    const card = cards.get(row.event)
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

/**
 * One page of the calendar (uncached; `npm run bench` measures it). A text search that most
 * events match is counted up to TEXT_SEARCH.countLimit: past it, `total` is that limit and `more`
 * true ("over 500"), and `pages` grows as long as the pages are full.
 */
export async function calendarPage(
  client: Payload,
  siteId: number,
  locale: Locale,
  filters: SerialFilters,
  now: string,
  limit = PAGE_SIZE,
  search = TEXT_SEARCH,
) {
  const text = await textCondition(client, locale, filters.text, search.few)
  const conditions = occurrenceConditions(siteId, filters, now, text?.condition)
  const countLimit = text?.common ? search.countLimit : undefined
  const [rows, count] = await Promise.all([
    findOccurrences(client, conditions, limit, (filters.page - 1) * limit),
    countOccurrences(client, conditions, countLimit),
  ])
  const more = countLimit !== undefined && count > countLimit
  const total = more ? countLimit : count
  const counted = Math.max(1, Math.ceil(total / limit))
  const pages = more ? Math.max(counted, filters.page + (rows.length === limit ? 1 : 0)) : counted
  return { events: await occurrenceCards(client, locale, rows), total, more, pages }
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
  const upcoming = occurrenceConditions(siteId, { when: 'upcoming', freeOnly: false, page: 1 }, now)
  const rows: OccurrenceRow[] = []
  while (rows.length < count) {
    const shown = rows.map((row) => row.event)
    const where =
      shown.length > 0
        ? sql`${upcoming} AND o.event_id NOT IN (${sql.join(
            shown.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : upcoming
    const next = (await findOccurrences(client, where, 1))[0]
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
  const text = await textCondition(client, locale, filters.text, TEXT_SEARCH.few)
  const rows = await querySql<{ event: number }>(
    client,
    sql`SELECT o.event_id AS event FROM (SELECT o.id, o.event_id, o.starts_at FROM event_occurrences o
        WHERE ${occurrenceConditions(siteId, filters, now, text?.condition)} ORDER BY o.starts_at, o.id LIMIT ${occurrences}) o
      GROUP BY o.event_id ORDER BY min(o.starts_at), min(o.id)`,
  )
  const ids = rows.map((row) => row.event)
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

async function loadEvent(siteId: number, locale: Locale, id: number) {
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
}

/**
 * One published event of a site, or undefined. Tagged with the event's own tag, not `events`,
 * so that a change to one event leaves every other event's page cached; and with the place and
 * organiser it shows. (unstable_cache fixes its tags when it is made, hence one per event.)
 */
export const getEvent = (siteId: number, locale: Locale, id: number) =>
  unstable_cache(loadEvent, ['event'], { tags: [eventTag(id), 'places', 'organisations'] })(siteId, locale, id)
