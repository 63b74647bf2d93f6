import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { Endpoint, PayloadRequest } from 'payload'
import { cacheableResponse } from '../../lib/httpCache'
import { message } from '../../fields/messages'
import { findNul, isSerialId } from '../../lib/hostileInput'
import type { Locale } from '../../lib/locales'
import { querySql } from '../../server/sql'
import { eventTexts, matchesText } from '../../server/textSearch'
import {
  toLinkedEvent,
  toLinkedPlace,
  type Localised,
  type MappableEvent,
  type MappablePlace,
  type MappingOptions,
} from './mapping'

type AllLocales<T> = Partial<Record<Locale, T>> | null | undefined

const MAX_PAGE_SIZE = 100
/** Past this the offset overflows PostgreSQL's integers; no real client pages that far. */
const MAX_PAGE = 100_000

/** A published event as stored (all locales, depth 1) → the mapping's input. */
export function mappableEvent(doc: Record<string, unknown>): MappableEvent {
  const localised = (value: unknown): Localised => (value && typeof value === 'object' ? value : {})
  const descriptions = (doc.description ?? {}) as AllLocales<SerializedEditorState>
  const descriptionHtml = Object.fromEntries(
    Object.entries(descriptions ?? {})
      .filter(([, state]) => state && typeof state === 'object' && 'root' in state)
      .map(([locale, state]) => [locale, convertLexicalToHTML({ data: state, disableContainer: true })]),
  ) as Localised
  const topics = Array.isArray(doc.topics) ? (doc.topics as { ysoId?: string | null }[]) : []
  const place = doc.place as { id: number } | number | null | undefined
  return {
    id: doc.id as number,
    name: localised(doc.name),
    shortDescription: localised(doc.shortDescription),
    descriptionHtml,
    startsAt: doc.startsAt as string,
    endsAt: (doc.endsAt as string | null) ?? null,
    allDay: Boolean(doc.allDay),
    status: (doc.eventStatus as MappableEvent['status']) ?? 'scheduled',
    placeId: typeof place === 'object' && place ? place.id : (place ?? null),
    keywords: topics
      .map((topic) => (typeof topic === 'object' ? topic.ysoId : undefined))
      .filter((id): id is string => Boolean(id)),
    isFree: Boolean(doc.isFree),
    price: localised(doc.price),
    ticketUrl: doc.ticketUrl as string | null,
    registrationUrl: doc.registrationUrl as string | null,
    lastModified: doc.updatedAt as string,
  }
}

const detail = (status: number, text: string) => Response.json({ detail: text }, { status })

/** A place as stored (all locales, its municipality populated) → the mapping's input. */
export function mappablePlace(doc: Record<string, unknown>): MappablePlace {
  const localised = (value: unknown): Localised => (value && typeof value === 'object' ? value : {})
  const municipality = doc.municipality as { name?: unknown } | null
  const coordinates = (doc.coordinates ?? {}) as { latitude?: number | null; longitude?: number | null }
  return {
    id: doc.id as number,
    name: localised(doc.name),
    streetAddress: localised(doc.streetAddress),
    postcode: doc.postcode as string | null,
    municipality: typeof municipality === 'object' && municipality ? localised(municipality.name) : {},
    latitude: coordinates.latitude,
    longitude: coordinates.longitude,
  }
}

type Paging = { page: number; pageSize: number }

/** Linked Events' paging parameters: a bad value is a 400 with a message, never a 500. */
function parsePaging(url: URL): Paging | { error: string } {
  const page = Number(url.searchParams.get('page') ?? 1)
  const pageSize = Number(url.searchParams.get('page_size') ?? 20)
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE)
    return { error: `page must be an integer from 1 to ${MAX_PAGE}.` }
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE)
    return { error: `page_size must be an integer from 1 to ${MAX_PAGE_SIZE}.` }
  return { page, pageSize }
}

/**
 * The event list's filters, with Linked Events' own parameter rules: a date range as a condition
 * on an event's occurrence rows `o`, the others on an event's id (`e.id`, or `o.event_id` when
 * counting the occurrences' events).
 */
type EventQuery = { range?: SQL; conditions: ((id: SQL) => SQL)[] }

function parseEventQuery(url: URL): (EventQuery & Paging) | { error: string } {
  const conditions: EventQuery['conditions'] = []
  const date = (name: string) => {
    const raw = url.searchParams.get(name)
    if (!raw) return undefined
    const ms = raw === 'now' || raw === 'today' ? Date.now() : Date.parse(raw)
    return Number.isNaN(ms) ? null : new Date(ms).toISOString()
  }
  const start = date('start')
  const end = date('end')
  if (start === null) return { error: 'start must be an ISO 8601 date or time, or "now".' }
  if (end === null) return { error: 'end must be an ISO 8601 date or time.' }
  // An event matches when one of its occurrences overlaps the range (both conditions on the same occurrence).
  const range =
    start || end
      ? sql`${start ? sql`o.ends_at >= ${start}` : sql`true`} AND ${end ? sql`o.starts_at <= ${end}` : sql`true`}`
      : undefined
  const keyword = url.searchParams.get('keyword')
  if (keyword) {
    const ids = keyword.split(',').map((k) => k.trim())
    if (!ids.every((id) => /^yso:p\d+$/.test(id)))
      return { error: 'keyword must be a comma-separated list of YSO ids such as yso:p1808.' }
    conditions.push(
      (id) =>
        sql`EXISTS (SELECT 1 FROM events_rels r JOIN topics t ON t.id = r.topics_id WHERE r.parent_id = ${id}
        AND r.path = 'topics' AND t.yso_id IN (${sql.join(
          ids.map((yso) => sql`${yso}`),
          sql`, `,
        )}))`,
    )
  }
  const text = url.searchParams.get('text')?.trim()
  // A text with no word to look for matches every event.
  if (text) conditions.push((id) => matchesText(id, eventTexts, 'fi', text) ?? sql`true`)
  const paging = parsePaging(url)
  return 'error' in paging ? paging : { range, conditions, ...paging }
}

const optionsFor = (req: PayloadRequest, dataSource: string, publisher: string): MappingOptions => {
  const url = new URL(req.url ?? 'http://localhost')
  return { baseUrl: `${req.payload.config.serverURL || url.origin}/api/linked-events`, dataSource, publisher }
}

const eventFields = {
  name: true,
  shortDescription: true,
  description: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  eventStatus: true,
  place: true,
  isFree: true,
  price: true,
  ticketUrl: true,
  registrationUrl: true,
  updatedAt: true,
} as const

/**
 * A page of published events under the query, soonest first, in two statements: the page's ids
 * with their keywords and the count, then the events themselves (unpopulated: the place is only
 * an id in a link, and the keywords came with the ids). Under a date range the count is of the
 * matching occurrence rows' distinct events, read from the index (ends_at, event_id): the rows
 * exist only for published events, and joining every event to its occurrences cost three times
 * as much at 100,000 events.
 */
async function publishedEvents(req: PayloadRequest, { range, conditions }: EventQuery, { page, pageSize }: Paging) {
  const on = (id: SQL) => conditions.map((condition) => condition(id))
  const occurring = range ? [sql`EXISTS (SELECT 1 FROM event_occurrences o WHERE o.event_id = e.id AND ${range})`] : []
  const where = sql.join([sql`e._status = 'published'`, ...occurring, ...on(sql`e.id`)], sql` AND `)
  const count = range
    ? sql`SELECT count(DISTINCT o.event_id)::int AS total FROM event_occurrences o WHERE ${sql.join([range, ...on(sql`o.event_id`)], sql` AND `)}`
    : sql`SELECT count(*)::int AS total FROM events e WHERE ${where}`
  const rows = await querySql<{ total: number; id: number | null; keywords: string[] | null }>(
    req.payload,
    sql`SELECT total.total, page.id, page.keywords
      FROM (${count}) total
      LEFT JOIN LATERAL (
        SELECT e.id, e.starts_at, ARRAY(SELECT t.yso_id FROM events_rels r JOIN topics t ON t.id = r.topics_id
          WHERE r.parent_id = e.id AND r.path = 'topics' AND t.yso_id IS NOT NULL ORDER BY r."order") AS keywords
        FROM events e WHERE ${where} ORDER BY e.starts_at, e.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
      ) page ON true
      ORDER BY page.starts_at, page.id`,
  )
  const keywords = new Map(rows.flatMap((row) => (row.id === null ? [] : [[row.id, row.keywords ?? []] as const])))
  const ids = [...keywords.keys()]
  const docs =
    ids.length === 0
      ? []
      : (
          await req.payload.find({
            collection: 'events',
            where: { id: { in: ids } },
            locale: 'all',
            depth: 0,
            pagination: false,
            select: eventFields,
            overrideAccess: true,
            joins: false,
          })
        ).docs
  const byId = new Map(docs.map((doc) => [doc.id, doc as unknown as Record<string, unknown>]))
  return {
    total: rows[0]?.total ?? 0,
    events: ids.flatMap((id) => {
      const doc = byId.get(id)
      return doc ? [{ ...mappableEvent(doc), keywords: keywords.get(id) ?? [] }] : []
    }),
  }
}

/** Linked Events' list shape, with links to the neighbouring pages. */
function listBody<T>(url: URL, { page, pageSize }: Paging, total: number, data: T[]) {
  const pageUrl = (number: number) => {
    const next = new URL(url)
    next.searchParams.set('page', String(number))
    return next.toString()
  }
  return {
    meta: {
      count: total,
      next: page * pageSize < total ? pageUrl(page + 1) : null,
      previous: page > 1 ? pageUrl(page - 1) : null,
    },
    data,
  }
}

const json = (req: PayloadRequest, body: unknown) =>
  cacheableResponse(req, JSON.stringify(body), { 'Content-Type': 'application/json' })

/** The one place of every online event (Linked Events' own, shared/regional-calendar-api.md). */
const INTERNET = 'system:internet'

/**
 * Our published events, read-only, in the Linked Events v1 shape under `/api/linked-events/v1/`:
 * events, and the places and keywords their `@id`s point at, so a client can follow every link.
 * Every address answers with or without its trailing slash (Linked Events documents it with one),
 * and every answer is public and cacheable, with an ETag.
 */
export function linkedEventsEndpoints({
  dataSource,
  publisher,
}: {
  dataSource: string
  publisher: string
}): Endpoint[] {
  const ownId = (kind: 'evt' | 'place', raw: unknown) => {
    const escaped = dataSource.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const match = new RegExp(`^${escaped}:${kind}-(\\d+)$`).exec(typeof raw === 'string' ? raw : '')
    // An id past PostgreSQL's integer range names nothing either.
    return match && isSerialId(match[1]) ? Number(match[1]) : undefined
  }
  const linkedPlace = (req: PayloadRequest, doc: Record<string, unknown>) => {
    const options = optionsFor(req, dataSource, publisher)
    const place = toLinkedPlace(mappablePlace(doc), options)
    return { '@id': `${options.baseUrl}/v1/place/${place.id}/`, ...place }
  }
  const internet = (req: PayloadRequest) => ({
    '@id': `${optionsFor(req, dataSource, publisher).baseUrl}/v1/place/${INTERNET}/`,
    id: INTERNET,
    name: { fi: 'Internet', sv: 'Internet', en: 'Internet' },
    street_address: {},
    postal_code: null,
    address_locality: {},
    position: null,
    publisher: 'system',
  })
  const keyword = (req: PayloadRequest, topic: { ysoId?: string | null; name?: unknown }) => ({
    '@id': `${optionsFor(req, dataSource, publisher).baseUrl}/v1/keyword/${topic.ysoId}/`,
    id: topic.ysoId!,
    name: (topic.name ?? {}) as Localised,
    data_source: 'yso',
  })
  const placeQuery = {
    collection: 'places',
    locale: 'all',
    depth: 1,
    populate: { municipalities: { name: true } },
  } as const
  return [
    {
      path: '/linked-events/v1/event',
      method: 'get',
      handler: async (req) => {
        const url = new URL(req.url ?? 'http://localhost')
        // PostgreSQL cannot search for a NUL byte: refused as the REST API refuses it.
        if ([...url.searchParams.values()].some((value) => findNul(value)))
          return detail(400, message(req, 'nulInQuery'))
        const query = parseEventQuery(url)
        if ('error' in query) return detail(400, query.error)
        const { total, events } = await publishedEvents(req, query, query)
        const options = optionsFor(req, dataSource, publisher)
        return json(
          req,
          listBody(
            url,
            query,
            total,
            events.map((event) => toLinkedEvent(event, options)),
          ),
        )
      },
    },
    {
      path: '/linked-events/v1/event/:id',
      method: 'get',
      handler: async (req) => {
        const id = ownId('evt', req.routeParams?.id)
        if (id === undefined) return detail(404, 'Not found.')
        const event = (
          await publishedEvents(req, { conditions: [(event) => sql`${event} = ${id}`] }, { page: 1, pageSize: 1 })
        ).events[0]
        if (!event) return detail(404, 'Not found.')
        return json(req, toLinkedEvent(event, optionsFor(req, dataSource, publisher)))
      },
    },
    {
      path: '/linked-events/v1/place',
      method: 'get',
      handler: async (req) => {
        const url = new URL(req.url ?? 'http://localhost')
        const paging = parsePaging(url)
        if ('error' in paging) return detail(400, paging.error)
        const result = await req.payload.find({
          ...placeQuery,
          sort: 'id',
          page: paging.page,
          limit: paging.pageSize,
          overrideAccess: false,
        })
        const places = result.docs.map((doc) => linkedPlace(req, doc as unknown as Record<string, unknown>))
        // The shared online place comes first, as the one every online event points at.
        const data = paging.page === 1 ? [internet(req), ...places] : places
        return json(req, listBody(url, paging, result.totalDocs + 1, data))
      },
    },
    {
      path: '/linked-events/v1/place/:id',
      method: 'get',
      handler: async (req) => {
        if (req.routeParams?.id === INTERNET) return json(req, internet(req))
        const id = ownId('place', req.routeParams?.id)
        if (id === undefined) return detail(404, 'Not found.')
        const doc = (
          await req.payload.find({
            ...placeQuery,
            where: { id: { equals: id } },
            limit: 1,
            pagination: false,
            overrideAccess: false,
          })
        ).docs[0]
        if (!doc) return detail(404, 'Not found.')
        return json(req, linkedPlace(req, doc as unknown as Record<string, unknown>))
      },
    },
    {
      path: '/linked-events/v1/keyword',
      method: 'get',
      handler: async (req) => {
        const url = new URL(req.url ?? 'http://localhost')
        const paging = parsePaging(url)
        if ('error' in paging) return detail(400, paging.error)
        const result = await req.payload.find({
          collection: 'topics',
          where: { ysoId: { exists: true } },
          locale: 'all',
          depth: 0,
          sort: 'ysoId',
          page: paging.page,
          limit: paging.pageSize,
          overrideAccess: false,
        })
        return json(
          req,
          listBody(
            url,
            paging,
            result.totalDocs,
            result.docs.map((topic) => keyword(req, topic)),
          ),
        )
      },
    },
    {
      path: '/linked-events/v1/keyword/:id',
      method: 'get',
      handler: async (req) => {
        const topic = (
          await req.payload.find({
            collection: 'topics',
            where: { ysoId: { equals: typeof req.routeParams?.id === 'string' ? req.routeParams.id : '' } },
            locale: 'all',
            depth: 0,
            limit: 1,
            pagination: false,
            overrideAccess: false,
          })
        ).docs[0]
        if (!topic) return detail(404, 'Not found.')
        return json(req, keyword(req, topic))
      },
    },
  ]
}
