import type { TextField } from 'payload'
import { normaliseBusinessId } from '../lib/businessId'
import { message } from './messages'
import { t3 } from './labels'

/**
 * An optional, unique Finnish business ID. Typed variants are normalised to `1234567-8` before
 * validation; a wrong format, a wrong check digit or an ID another organisation already has each
 * get their own message, and the unique index in the database backs the last check up.
 */
export function businessIdField(collection: 'organisations'): TextField {
  return {
    name: 'businessId',
    type: 'text',
    label: t3('Y-tunnus', 'FO-nummer', 'Business ID'),
    unique: true,
    index: true,
    admin: { description: t3('Esim. 1006538-5', 'T.ex. 1006538-5', 'E.g. 1006538-5') },
    hooks: {
      beforeValidate: [
        ({ value }) => {
          if (typeof value !== 'string' || value.trim() === '') return null
          const result = normaliseBusinessId(value)
          return result.ok ? result.value : value.trim()
        },
      ],
    },
    validate: async (value, { req, id }) => {
      if (value === null || value === undefined || value === '') return true
      const result = normaliseBusinessId(String(value))
      if (!result.ok)
        return message(req, result.reason === 'format' ? 'businessIdFormat' : 'businessIdChecksum', { value })
      const taken = await req.payload.find({
        collection,
        where: { and: [{ businessId: { equals: result.value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const other = taken.docs[0] as { name?: string } | undefined
      return other ? message(req, 'businessIdTaken', { value: result.value, name: other.name ?? '' }) : true
    },
  }
}
