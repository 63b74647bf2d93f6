import type {
  EmailFieldValidation,
  Field,
  PayloadRequest,
  RichTextFieldValidation,
  TextareaFieldValidation,
  TextFieldSingleValidation,
  Validate,
} from 'payload'
import { email, richText, text, textarea } from 'payload/shared'
import { characterCount } from '../lib/eventRules'
import { richTextLength } from '../lib/richText'
import { message } from './messages'

/**
 * The longest text each kind of field takes, in characters, unless its definition gives its own
 * `maxLength`: generous for people (the same as the public event form's), small enough that one
 * 1,000,000-character name cannot make a page megabytes.
 */
export const MAX_TEXT = { line: 200, url: 2000, email: 254, paragraph: 2000, long: 5000, richText: 20_000 } as const

const textLength = (value: unknown): number => {
  const values: unknown[] = Array.isArray(value) ? value : [value]
  return Math.max(0, ...values.map((item) => (typeof item === 'string' ? characterCount(item) : 0)))
}

function tooLong(length: number, max: number, req: PayloadRequest): string | undefined {
  return length > max ? message(req, 'textTooLong', { length, max }) : undefined
}

/** A field's validation with the length checked first. */
function limited<T, S, F extends object>(
  validate: Validate<T, unknown, S, F>,
  max: number,
  measure: (value: unknown) => number = textLength,
): Validate<T, unknown, S, F> {
  return (value, options) => tooLong(measure(value), max, options.req) ?? validate(value, options)
}

/** A field people write: what code keeps for itself (read-only or hidden) is left as it is. */
const writtenByPeople = (field: Field) =>
  !('hidden' in field && field.hidden) &&
  !(field.admin && 'readOnly' in field.admin && field.admin.readOnly) &&
  !(field.admin && 'hidden' in field.admin && field.admin.hidden)

/**
 * Every text, textarea, rich-text and e-mail field gets a maximum length with a message in the editor's
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
    if (field.type === 'richText') {
      const validate: RichTextFieldValidation = field.validate ?? richText
      return { ...field, validate: limited(validate, MAX_TEXT.richText, richTextLength) }
    }
    if (field.type === 'email') {
      const validate: EmailFieldValidation = field.validate ?? email
      return { ...field, validate: limited(validate, MAX_TEXT.email) }
    }
    return field
  })
}
