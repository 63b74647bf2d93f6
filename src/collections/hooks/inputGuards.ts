import {
  APIError,
  NotFound,
  QueryError,
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type CollectionConfig,
  type Collection,
  type FlattenedField,
  type PayloadRequest,
} from 'payload'
import { message } from '../../fields/messages'
import { withTextLimits } from '../../fields/textLimits'
import { findNul, isSerialId, whereConditions } from '../../lib/hostileInput'

/** The most documents one REST or GraphQL page returns; a larger `limit` (or 0, "all") is capped. */
export const MAX_PAGE_SIZE = 100
/** Beyond this, `page` is a mistake or a probe; PostgreSQL's OFFSET would overflow soon after. */
export const MAX_PAGE = 100_000

const refuse = (
  req: PayloadRequest,
  key: Parameters<typeof message>[1],
  vars?: Parameters<typeof message>[2],
): never => {
  throw new APIError(message(req, key, vars), 400)
}

/** A collection by a slug read from a request, which may name none. */
export function collectionBySlug(req: PayloadRequest, slug: string): Collection | undefined {
  const collections: Partial<Record<string, Collection>> = req.payload.collections
  return collections[slug]
}

/** The field a where-path names, following groups, relationships and joins; undefined if none. */
function fieldAt(req: PayloadRequest, slug: string, path: string): { field?: FlattenedField; afterJoin: number } {
  let fields: FlattenedField[] | undefined = collectionBySlug(req, slug)?.config.flattenedFields
  let field: FlattenedField | undefined
  let afterJoin = -1
  for (const segment of path.split('.')) {
    field = fields?.find((candidate) => candidate.name === segment)
    if (!field) return { afterJoin }
    if (afterJoin >= 0) afterJoin++
    if (field.type === 'join' && afterJoin < 0) afterJoin = 0
    const target =
      field.type === 'relationship' || field.type === 'upload'
        ? field.relationTo
        : field.type === 'join'
          ? field.collection
          : undefined
    fields =
      field.type === 'group' || field.type === 'tab'
        ? field.flattenedFields
        : typeof target === 'string'
          ? collectionBySlug(req, target)?.config.flattenedFields
          : undefined
  }
  return { field, afterJoin }
}

/**
 * Every REST and GraphQL read, count, update and delete passes here before Payload builds SQL
 * from it: page numbers and sizes in range, ids that fit the id column, no NUL bytes in a
 * condition, `near` only on a location, and no path that runs through a join into a relation
 * (Payload fails on those with a 500). Our own server code (the Local API) is trusted.
 */
export const guardQuery: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  const query: Record<string, unknown> = args
  // A body that is not JSON (text/plain, say) leaves no data at all; the hooks would then fail.
  const data = query.data
  if ((operation === 'create' || operation === 'update') && !req.file && (!data || typeof data !== 'object'))
    refuse(req, 'invalidJson')
  if (query.page !== undefined) {
    const page = query.page
    if (typeof page !== 'number' || !Number.isInteger(page) || page < 1 || page > MAX_PAGE)
      refuse(req, 'pageOutOfRange', { max: MAX_PAGE })
  }
  if (query.limit !== undefined) {
    const limit = query.limit
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0)
      refuse(req, 'limitInvalid', { max: MAX_PAGE_SIZE })
    query.limit = limit === 0 ? MAX_PAGE_SIZE : Math.min(Number(limit), MAX_PAGE_SIZE)
  }
  // `pagination=false` would return every document at once.
  if (query.pagination === false) query.pagination = true
  const numericIds = !collection.flattenedFields.some((field) => field.name === 'id')
  if (query.id !== undefined && numericIds && !isSerialId(query.id)) throw new NotFound(req.t)
  for (const condition of whereConditions(query.where)) {
    if (findNul(condition.value) !== undefined || condition.path.includes('\u0000')) refuse(req, 'nulInQuery')
    const { field, afterJoin } = fieldAt(req, collection.slug, condition.path)
    if (afterJoin > 1) throw new QueryError([{ path: condition.path }])
    if (condition.operator === 'near' && field?.type !== 'point') refuse(req, 'nearNotPoint', { path: condition.path })
  }
  return args
}

/**
 * Every write, from any source: PostgreSQL cannot store U+0000 in text or jsonb, and would
 * answer with a 500. The field that holds one gets a message instead.
 */
export const refuseNul: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const path = findNul(data)
  if (path !== undefined)
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path, message: message(req, 'nulInText') }], req },
      req.t,
    )
  return data
}

/** The guards above and the text limits on one collection; payload.config applies it to every collection. */
export function withInputGuards(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    fields: withTextLimits(collection.fields),
    hooks: {
      ...collection.hooks,
      beforeOperation: [guardQuery, ...(collection.hooks?.beforeOperation ?? [])],
      beforeValidate: [refuseNul, ...(collection.hooks?.beforeValidate ?? [])],
    },
  }
}
