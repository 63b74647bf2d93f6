import type { DateFieldValidation, RelationshipFieldSingleValidation, TextareaFieldValidation } from 'payload'
import { message } from '../../fields/messages'
import { requiredInFinnish } from '../../fields/requiredInFinnish'
import { characterCount, SHORT_DESCRIPTION_MAX } from '../../lib/eventRules'

const time = (value: unknown): number | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  const ms = new Date(value as string).getTime()
  return Number.isNaN(ms) ? undefined : ms
}

export const validateShortDescription: TextareaFieldValidation = (value, args) => {
  const required = requiredInFinnish('shortDescriptionRequired')(value, args)
  if (required !== true) return required
  const length = typeof value === 'string' ? characterCount(value) : 0
  return length > SHORT_DESCRIPTION_MAX ? message(args.req, 'shortDescriptionTooLong', { length }) : true
}

/** A new event cannot start in the past; an existing one may (it may already be running). */
export const validateStart: DateFieldValidation = (value, { req, operation, required }) => {
  const start = time(value)
  if (start === undefined) return required ? req.t('validation:required') : true
  if (operation === 'create' && start < Date.now()) return message(req, 'startInPast')
  return true
}

export const validateEnd: DateFieldValidation = (value, { req, siblingData }) => {
  const end = time(value)
  const start = time((siblingData as { startsAt?: unknown }).startsAt)
  return end !== undefined && start !== undefined && end < start ? message(req, 'endBeforeStart') : true
}

/** An event happens somewhere: at a place, online, or both. */
export const validatePlace: RelationshipFieldSingleValidation = (value, { req, siblingData }) => {
  const onlineUrl = (siblingData as { onlineUrl?: unknown }).onlineUrl
  const hasUrl = typeof onlineUrl === 'string' && onlineUrl.trim() !== ''
  return value || hasUrl ? true : message(req, 'placeOrUrlRequired')
}
