import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Endpoint, PayloadRequest, Where } from 'payload'
import { isSerialId } from '../../lib/hostileInput'
import type { Locale } from '../../lib/locales'
import { toLinkedEvent, type Localised, type MappableEvent, type MappingOptions } from './mapping'

type AllLocales<T> = Partial<Record<Locale, T>> | null | undefined

const MAX_PAGE_SIZE = 100
/** Past this the offset overflows PostgreSQL's integers; no real client pages that far. */
const MAX_PAGE = 100_000

/** A published event as stored (all locales, depth 1) → the mapping's input. */
export function mappableEvent(doc: Record<string, unknown>): MappableEvent {
  const localised = (value: unknown): Localised => (value && typeof value === 'object' ? (value as Localised) : {})
  const descriptions = (doc.description ?? {}) as AllLocales<SerializedEditorState>
  const descriptionHtml = Object.fromEntries(
    Object.entries(descriptions ?? {})
      .filter(([, state]) => state && typeof state === 'object' && 'root' in state)
      .map(([locale, state]) => [
        locale,
        convertLexicalToHTML({ data: state as SerializedEditorState, disableContainer: true }),
      ]),
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

/** Linked Events' own parameter rules: a bad value is a 400 with a message, never a 500. */
function parseQuery(url: URL): { where: Where[]; page: number; pageSize: number } | { error: string } {
  const where: Where[] = [{ _status: { equals: 'published' } }]
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
  if (start) where.push({ 'occurrences.endsAt': { greater_than_equal: start } })
  if (end) where.push({ 'occurrences.startsAt': { less_than_equal: end } })
  const keyword = url.searchParams.get('keyword')
  if (keyword) {
    const ids = keyword.split(',').map((k) => k.trim())
    if (!ids.every((id) => /^yso:p\d+$/.test(id)))
      return { error: 'keyword must be a comma-separated list of YSO ids such as yso:p1808.' }
    where.push({ 'topics.ysoId': { in: ids } })
  }
  const text = url.searchParams.get('text')?.trim()
  if (text) where.push({ or: [{ name: { like: text } }, { shortDescription: { like: text } }] })
  const page = Number(url.searchParams.get('page') ?? 1)
  const pageSize = Number(url.searchParams.get('page_size') ?? 20)
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE)
    return { error: `page must be an integer from 1 to ${MAX_PAGE}.` }
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE)
    return { error: `page_size must be an integer from 1 to ${MAX_PAGE_SIZE}.` }
  return { where, page, pageSize }
}

const optionsFor = (req: PayloadRequest, dataSource: string, publisher: string): MappingOptions => {
  const url = new URL(req.url ?? 'http://localhost')
  return { baseUrl: `${req.payload.config.serverURL || url.origin}/api/linked-events`, dataSource, publisher }
}

/** Our published events, read-only, in the Linked Events v1 shape: `/api/linked-events/v1/event/`. */
export function linkedEventsEndpoints({
  dataSource,
  publisher,
}: {
  dataSource: string
  publisher: string
}): Endpoint[] {
  return [
    {
      path: '/linked-events/v1/event',
      method: 'get',
      handler: async (req) => {
        const url = new URL(req.url ?? 'http://localhost')
        const query = parseQuery(url)
        if ('error' in query) return detail(400, query.error)
        const result = await req.payload.find({
          collection: 'events',
          where: { and: query.where },
          locale: 'all',
          depth: 1,
          page: query.page,
          limit: query.pageSize,
          sort: 'startsAt',
          overrideAccess: true,
          joins: false,
        })
        const options = optionsFor(req, dataSource, publisher)
        const pageUrl = (page: number) => {
          const next = new URL(url)
          next.searchParams.set('page', String(page))
          return next.toString()
        }
        return Response.json({
          meta: {
            count: result.totalDocs,
            next: result.hasNextPage ? pageUrl(query.page + 1) : null,
            previous: result.hasPrevPage ? pageUrl(query.page - 1) : null,
          },
          data: result.docs.map((doc) =>
            toLinkedEvent(mappableEvent(doc as unknown as Record<string, unknown>), options),
          ),
        })
      },
    },
    {
      path: '/linked-events/v1/event/:id',
      method: 'get',
      handler: async (req) => {
        const raw = String(req.routeParams?.id ?? '')
        const match = new RegExp(`^${dataSource.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:evt-(\\d+)$`).exec(raw)
        // An id past PostgreSQL's integer range names no event either.
        if (!match || !isSerialId(match[1])) return detail(404, 'Not found.')
        const result = await req.payload.find({
          collection: 'events',
          where: { and: [{ id: { equals: Number(match[1]) } }, { _status: { equals: 'published' } }] },
          locale: 'all',
          depth: 1,
          limit: 1,
          overrideAccess: true,
          joins: false,
        })
        const doc = result.docs[0]
        if (!doc) return detail(404, 'Not found.')
        return Response.json(
          toLinkedEvent(
            mappableEvent(doc as unknown as Record<string, unknown>),
            optionsFor(req, dataSource, publisher),
          ),
        )
      },
    },
  ]
}
