import type {
  EmailFieldValidation,
  Field,
  PayloadRequest,
  TextareaFieldValidation,
  TextFieldSingleValidation,
  Validate,
} from 'payload'
import { email, text, textarea } from 'payload/shared'
import { characterCount } from '../lib/eventRules'
import { message } from './messages'

/**
 * The longest text each kind of field takes, in characters, unless its definition gives its own
 * `maxLength`: generous for people (the same as the public event form's), small enough that one
 * 1,000,000-character name cannot make a page megabytes.
 */
export const MAX_TEXT = { line: 200, url: 2000, email: 254, paragraph: 2000, long: 5000 } as const

function tooLong(value: unknown, max: number, req: PayloadRequest): string | undefined {
  const values: unknown[] = Array.isArray(value) ? value : [value]
  const longest = Math.max(0, ...values.map((item) => (typeof item === 'string' ? characterCount(item) : 0)))
  return longest > max ? message(req, 'textTooLong', { length: longest, max }) : undefined
}

/** A field's validation with the length checked first. */
function limited<S, F extends object>(
  validate: Validate<string, unknown, S, F>,
  max: number,
): Validate<string, unknown, S, F> {
  return (value, options) => tooLong(value, max, options.req) ?? validate(value, options)
}

/** A field people write: what code keeps for itself (read-only or hidden) is left as it is. */
const writtenByPeople = (field: Field) =>
  !('hidden' in field && field.hidden) &&
  !(field.admin && 'readOnly' in field.admin && field.admin.readOnly) &&
  !(field.admin && 'hidden' in field.admin && field.admin.hidden)

/**
 * Every text, textarea and e-mail field gets a maximum length with a message in the editor's
 * language, checked before the field's own validation (which Payload's `maxLength` alone would
 * skip whenever a field has a `validate` of its own). Characters are counted as people count them
 * (an emoji is one), so the limit is enforced here rather than by Payload's UTF-16 `maxLength`. Applied to every collection in one place
 * (hooks/inputGuards.ts), so a new field cannot be left without one.
 */
export function withTextLimits(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withTextLimits(tab.fields) })) }
    if ('fields' in field) return { ...field, fields: withTextLimits(field.fields) }
    if (!writtenByPeople(field)) return field
    if (field.type === 'text' && !field.hasMany) {
      const max = field.maxLength ?? MAX_TEXT.line
      const validate: TextFieldSingleValidation = field.validate ?? text
      return { ...field, validate: limited(validate, max) }
    }
    if (field.type === 'textarea') {
      const max = field.maxLength ?? MAX_TEXT.paragraph
      const validate: TextareaFieldValidation = field.validate ?? textarea
      return { ...field, validate: limited(validate, max) }
    }
    if (field.type === 'email') {
      const validate: EmailFieldValidation = field.validate ?? email
      return { ...field, validate: limited(validate, MAX_TEXT.email) }
    }
    return field
  })
}
