import { randomUUID } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import type { Keyword } from './keywords'
import {
  endsAt,
  eventDefaults,
  eventErrors,
  eventFields,
  instant,
  INTERNET_PLACE,
  placeErrors,
  placeFields,
  typeName,
  type Lookup,
} from './rules'
import type { Collection, Store } from './store'
import type { StoredFields, StoredObject } from './types'
import { decode, objectUrl, rebase } from './urls'

export type ApiRequest = { method: string; url: URL; headers: IncomingHttpHeaders; body: string }
export type Reply = { status: number; json?: unknown; html?: string; headers?: Record<string, string> }
export type ApiContext = { store: Store; keywords: Keyword[]; dataSource: string; apiKey?: string; now: () => Date }

export const detail = (status: number, text: string): Reply => ({ status, json: { detail: text } })
const invalid = (errors: unknown): Reply => ({ status: 400, json: errors })

const DEFAULT_PAGE_SIZE = 20
const MAX_PAGE_SIZE = 100
const ROUTE = /^\/v1\/(event|place|keyword)(?:\/([^/]+))?\/?$/
const GONE = { event: 'Event has been deleted.', place: 'Place has been deleted.' }
const DELETED_NAME = { fi: 'POISTETTU', sv: 'RADERAD', en: 'DELETED' }

/** An object with its '@id' and references pointing at `base`; deleted or not, every field. */
export function withUrls(collection: Collection, stored: StoredFields, base: string): StoredObject {
  const object: StoredObject = { '@id': objectUrl(base, collection, stored.id), ...stored }
  if (collection === 'place') return object
  for (const field of ['location', 'super_event'] as const)
    if (field in object) object[field] = rebase(object[field], field === 'location' ? 'place' : 'event', base)
  for (const field of ['keywords', 'audience'] as const)
    if (Array.isArray(object[field]))
      object[field] = (object[field] as unknown[]).map((reference) => rebase(reference, 'keyword', base))
  return object
}

const internetPlace = (base: string) => ({
  '@id': objectUrl(base, 'place', INTERNET_PLACE),
  id: INTERNET_PLACE,
  name: { fi: 'Internet', sv: 'Internet', en: 'Internet' },
  data_source: 'system',
  deleted: false,
})

/** What a client is shown: Linked Events strips a deleted object down to a tombstone. */
function render(collection: Collection, stored: StoredFields, base: string) {
  if (!stored.deleted) return withUrls(collection, stored, base)
  const { id, last_modified_time, data_source } = stored
  return {
    '@id': objectUrl(base, collection, id),
    id,
    name: DELETED_NAME,
    last_modified_time,
    deleted: true,
    data_source,
    replaced_by: null,
  }
}

/** Django REST framework's page-number pagination as Linked Events configures it. */
function paginate(items: unknown[], url: URL): Reply {
  const requested = Number(url.searchParams.get('page_size'))
  const size = Number.isInteger(requested) && requested > 0 ? Math.min(requested, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE
  const page = Number(url.searchParams.get('page') || 1)
  const pages = Math.max(1, Math.ceil(items.length / size))
  if (!Number.isInteger(page) || page < 1 || page > pages) return detail(404, 'Invalid page.')
  const link = (target: number) => {
    const next = new URL(url)
    if (target === 1) next.searchParams.delete('page')
    else next.searchParams.set('page', String(target))
    return next.href
  }
  return {
    status: 200,
    json: {
      meta: {
        count: items.length,
        next: page < pages ? link(page + 1) : null,
        previous: page > 1 ? link(page - 1) : null,
      },
      data: items.slice((page - 1) * size, page * size),
    },
  }
}

/** The fields the remote keeps, in its own order. */
const pick = (body: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((field) => field in body).map((field) => [field, body[field]]))

/** The JSON object sent, or the remote's answer to a body that is none. */
function parseBody(text: string): { body: Record<string, unknown> } | { refusal: Reply } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { refusal: detail(400, `JSON parse error - ${(error as Error).message}`) }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return { body: value as Record<string, unknown> }
  return {
    refusal: invalid({ non_field_errors: [`Invalid data. Expected a dictionary, but got ${typeName(value)}.`] }),
  }
}

/** The Linked Events v1 subset of shared/regional-calendar-api.md: events, places, keywords. */
export function createApi({ store, keywords, dataSource, apiKey, now }: ApiContext) {
  const live = (collection: Collection) => (id: string) => store.get(collection, id)?.deleted === false
  const lookup: Lookup = {
    event: live('event'),
    place: (id) => id === INTERNET_PLACE || live('place')(id),
    keyword: (id) => keywords.some((keyword) => keyword.id === id),
  }
  const errorsOf = (collection: Collection, object: Record<string, unknown>) =>
    collection === 'event' ? eventErrors(object, lookup, now()) : placeErrors(object)

  function unauthenticated(header: IncomingHttpHeaders['apikey']): Reply | undefined {
    if (!apiKey || header === apiKey) return undefined
    if (!header) return detail(401, 'Authentication credentials were not provided.')
    return detail(401, 'Provided API key does not match any organization on record.')
  }

  function list(collection: Collection, url: URL): Reply {
    const sources = url.searchParams.get('data_source')?.split(',')
    const sinceText = url.searchParams.get('last_modified_since')
    const since = sinceText ? instant(sinceText, 'start') : undefined
    if (sinceText && !since)
      return detail(400, `last_modified_since must be an ISO 8601 date or time with an offset, not "${sinceText}".`)
    // Linked Events tests the parameter for presence only: even show_deleted=false shows them.
    const showDeleted = Boolean(url.searchParams.get('show_deleted'))
    const items = store
      .all(collection)
      .filter((stored) => (showDeleted || !stored.deleted) && (!sources || sources.includes(stored.data_source)))
      .filter((stored) => !since || new Date(stored.last_modified_time) >= since)
      .sort((a, b) => b.last_modified_time.localeCompare(a.last_modified_time) || a.id.localeCompare(b.id))
    return paginate(
      items.map((stored) => render(collection, stored, url.origin)),
      url,
    )
  }

  function create(collection: Collection, text: string, base: string): Reply {
    const parsed = parseBody(text)
    if ('refusal' in parsed) return parsed.refusal
    const { body } = parsed
    if (body.id !== undefined && typeof body.id !== 'string') return invalid({ id: ['Not a valid string.'] })
    const id = body.id ?? `${dataSource}:${randomUUID()}`
    if (!id.startsWith(`${dataSource}:`) || id === `${dataSource}:`)
      return invalid({
        id: [
          `Setting id to ${id} is not allowed for your organization. The id must be left blank or set to ${dataSource}:desired_id`,
        ],
      })
    const fields = collection === 'event' ? pick({ ...eventDefaults, ...body }, eventFields) : pick(body, placeFields)
    const errors = errorsOf(collection, fields)
    if (errors) return invalid(errors)
    // Checked after the fields, as the remote's database refuses the duplicate only when saving.
    if (store.get(collection, id)) return invalid({ id: 'An object with given id already exists.' })
    return { status: 201, json: render(collection, store.create(collection, id, fields), base) }
  }

  function replace(collection: Collection, stored: StoredFields, text: string, base: string): Reply {
    const over = collection === 'event' ? endsAt(stored) : undefined
    if (over && over < now()) return detail(403, 'Cannot edit a past event.')
    const parsed = parseBody(text)
    if ('refusal' in parsed) return parsed.refusal
    const { body } = parsed
    if (body.id !== undefined && body.id !== stored.id)
      return invalid({ id: 'You may not change the id of an existing object.' })
    const fields = pick(body, collection === 'event' ? eventFields : placeFields)
    const errors = errorsOf(collection, { ...stored, ...fields })
    if (errors) return invalid(errors)
    return { status: 200, json: render(collection, store.update(collection, stored.id, fields), base) }
  }

  function keywordsRoute(id: string | undefined, url: URL): Reply {
    const shown = (keyword: Keyword) => ({ '@id': objectUrl(url.origin, 'keyword', keyword.id), ...keyword })
    if (id === undefined) return paginate(keywords.map(shown), url)
    const keyword = keywords.find((candidate) => candidate.id === id)
    return keyword ? { status: 200, json: shown(keyword) } : detail(404, 'Not found.')
  }

  return function answer({ method, url, headers, body }: ApiRequest): Reply {
    const route = ROUTE.exec(url.pathname)
    if (!route) return detail(404, 'Not found.')
    const kind = route[1] as Collection | 'keyword'
    const id = route[2] === undefined ? undefined : decode(route[2])
    const allowed = kind === 'keyword' ? ['GET'] : id === undefined ? ['GET', 'POST'] : ['GET', 'PUT', 'DELETE']
    if (!allowed.includes(method))
      return { ...detail(405, `Method "${method}" not allowed.`), headers: { Allow: allowed.join(', ') } }
    if (kind === 'keyword') return keywordsRoute(id, url)
    if (method !== 'GET') {
      const refusal = unauthenticated(headers.apikey)
      if (refusal) return refusal
    }
    if (id === undefined) return method === 'GET' ? list(kind, url) : create(kind, body, url.origin)

    if (kind === 'place' && id === INTERNET_PLACE)
      return method === 'GET'
        ? { status: 200, json: internetPlace(url.origin) }
        : detail(403, 'You do not have permission to perform this action.')
    const stored = store.get(kind, id)
    if (!stored) return detail(404, 'Not found.')
    if (stored.deleted) return detail(410, GONE[kind])
    if (method === 'GET') return { status: 200, json: render(kind, stored, url.origin) }
    if (method === 'PUT') return replace(kind, stored, body, url.origin)
    // Past events stay as the calendar's history: deleting one is refused like an edit.
    const over = kind === 'event' ? endsAt(stored) : undefined
    if (over && over < now()) return detail(403, 'Cannot edit a past event.')
    store.softDelete(kind, id)
    return { status: 204 }
  }
}
