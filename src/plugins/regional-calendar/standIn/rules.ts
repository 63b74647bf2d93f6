import { helsinkiDate, helsinkiToday } from '../../../lib/time'
import { referencedId, type Kind } from './urls'

/**
 * What the remote refuses, in Linked Events' own words and shapes: field errors (lists) first;
 * only when the fields are sound, the rules for publishing (plain strings, per language objects).
 */
export type Errors = Record<string, unknown>

/** Whether a live (not deleted) object exists on the remote. */
export type Lookup = Record<Kind, (id: string) => boolean>

/** The fields the remote keeps; anything else a client sends is ignored, as Linked Events does. */
export const eventFields = [
  'name',
  'short_description',
  'description',
  'start_time',
  'end_time',
  'location',
  'keywords',
  'audience',
  'offers',
  'external_links',
  'images',
  'event_status',
  'publication_status',
  'publisher',
  'super_event',
  'super_event_type',
  'info_url',
  'location_extra_info',
  'provider',
  'audience_min_age',
  'audience_max_age',
  'is_virtualevent',
  'virtualevent_url',
] as const
export const placeFields = [
  'name',
  'description',
  'street_address',
  'address_locality',
  'address_region',
  'postal_code',
  'address_country',
  'email',
  'telephone',
  'info_url',
  'position',
  'publisher',
] as const
export const eventDefaults = {
  end_time: null,
  keywords: [],
  offers: [],
  external_links: [],
  images: [],
  event_status: 'EventScheduled',
  publication_status: 'public',
  super_event: null,
  super_event_type: null,
  is_virtualevent: false,
  virtualevent_url: null,
}

/** The remote's own place for events on the internet: it exists without anyone writing it, and no client may. */
export const INTERNET_PLACE = 'system:internet'

const eventTexts = ['name', 'short_description', 'description', 'info_url', 'location_extra_info', 'provider']
const placeTexts = ['name', 'description', 'street_address', 'address_locality', 'info_url', 'telephone']
const offerTexts = ['price', 'info_url', 'description']

const REQUIRED = ['This field is required.']
const TO_PUBLISH = 'This field must be specified before an event is published.'
const WRONG_TIME = [
  'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss[.uuuuuu]]+HH:MM|-HH:MM|Z.',
]

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Python's type names, because the remote's messages use them. */
export function typeName(value: unknown): string {
  if (value === null) return 'NoneType'
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float'
  return { string: 'str', boolean: 'bool' }[typeof value as string] ?? 'dict'
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/

/** The instant a time field stands for; a date alone is the whole day in Helsinki (an all-day event). */
export function instant(value: unknown, edge: 'start' | 'end'): Date | undefined {
  if (typeof value !== 'string') return undefined
  if (DATE.test(value)) {
    const day = helsinkiDate(value, edge)
    return day && edge === 'end' ? new Date(day.getTime() + 1) : day
  }
  const ms = DATE_TIME.test(value) ? Date.parse(value) : NaN
  return Number.isNaN(ms) ? undefined : new Date(ms)
}

/** When an event counts as over: its end, or without one the end of its first day (as Linked Events has it). */
export function endsAt(event: Record<string, unknown>): Date | undefined {
  if (event.end_time != null) return instant(event.end_time, 'end')
  const start = instant(event.start_time, 'start')
  return start && new Date(helsinkiToday(start).to.getTime() + 1)
}

/** Languages with text in a field keyed by language. */
const languagesOf = (value: unknown) =>
  isRecord(value)
    ? Object.keys(value).filter((language) => typeof value[language] === 'string' && value[language] !== '')
    : []

function textError(value: unknown): string[] | undefined {
  if (value == null) return undefined
  if (!isRecord(value)) return [`Expected a dictionary of items but got type "${typeName(value)}".`]
  return Object.values(value).every((text) => text === null || typeof text === 'string')
    ? undefined
    : ['Not a valid string.']
}

function referenceError(value: unknown, kind: Kind, lookup: Lookup): string[] | undefined {
  if (!isRecord(value)) return [`Incorrect JSON. Expected JSON, received ${typeName(value)}.`]
  if (!('@id' in value)) return ['@id field missing']
  const id = referencedId(value, kind)
  if (id === undefined) return ['Invalid hyperlink - No URL match.']
  return lookup[kind](id) ? undefined : ['Invalid hyperlink - Object does not exist.']
}

function referencesError(value: unknown, lookup: Lookup): string[] | undefined {
  if (!Array.isArray(value)) return [`Expected a list of items but got type "${typeName(value)}".`]
  return value.map((reference) => referenceError(reference, 'keyword', lookup)).find(Boolean)
}

const choiceError = (value: unknown, choices: unknown[]) =>
  choices.includes(value) ? undefined : [`"${String(value)}" is not a valid choice.`]

function offersError(value: unknown): unknown {
  if (!Array.isArray(value)) return [`Expected a list of items but got type "${typeName(value)}".`]
  const errors = value.map((offer): Errors => {
    if (!isRecord(offer))
      return { non_field_errors: [`Invalid data. Expected a dictionary, but got ${typeName(offer)}.`] }
    const fields: Errors = {}
    if (offer.is_free !== undefined && typeof offer.is_free !== 'boolean') fields.is_free = ['Must be a valid boolean.']
    for (const field of offerTexts) if (textError(offer[field])) fields[field] = textError(offer[field])
    return fields
  })
  return errors.some((fields) => Object.keys(fields).length > 0) ? errors : undefined
}

const withoutEmpty = (errors: Errors): Errors | undefined => {
  const found = Object.entries(errors).filter(([, error]) => error !== undefined)
  return found.length > 0 ? Object.fromEntries(found) : undefined
}

function fieldErrors(event: Record<string, unknown>, lookup: Lookup): Errors | undefined {
  const errors: Errors = Object.fromEntries(eventTexts.map((field) => [field, textError(event[field])]))
  errors.name ??= languagesOf(event.name).length > 0 ? undefined : REQUIRED
  for (const field of ['start_time', 'end_time'])
    if (event[field] != null && !instant(event[field], 'start')) errors[field] = WRONG_TIME
  if (event.location != null) errors.location = referenceError(event.location, 'place', lookup)
  if (event.super_event != null) errors.super_event = referenceError(event.super_event, 'event', lookup)
  errors.keywords = referencesError(event.keywords, lookup)
  if (event.audience != null) errors.audience = referencesError(event.audience, lookup)
  errors.offers = offersError(event.offers)
  errors.event_status = choiceError(event.event_status, [
    'EventScheduled',
    'EventCancelled',
    'EventPostponed',
    'EventRescheduled',
  ])
  errors.publication_status = choiceError(event.publication_status, ['public', 'draft'])
  errors.super_event_type = choiceError(event.super_event_type, [null, 'recurring', 'umbrella'])
  if (typeof event.is_virtualevent !== 'boolean') errors.is_virtualevent = ['Must be a valid boolean.']
  if (
    event.virtualevent_url != null &&
    (typeof event.virtualevent_url !== 'string' || !/^https?:\/\/\S+$/.test(event.virtualevent_url))
  )
    errors.virtualevent_url = ['Enter a valid URL.']
  return withoutEmpty(errors)
}

function publishingErrors(event: Record<string, unknown>, now: Date): Errors | undefined {
  const errors: Errors = {}
  const start = instant(event.start_time, 'start')
  const end = event.end_time == null ? undefined : instant(event.end_time, 'end')
  if (start && end && end < start) errors.end_time = 'The event end time cannot be earlier than the start time.'
  if (event.publication_status === 'draft') return withoutEmpty(errors)

  if ((event.keywords as unknown[]).length === 0) errors.keywords = TO_PUBLISH
  if (event.location == null) errors.location = TO_PUBLISH
  if (event.is_virtualevent === true && !event.virtualevent_url)
    errors.virtualevent_url = 'Virtual event URL must be specified for a virtual event.'
  if (event.start_time == null) errors.start_time = TO_PUBLISH
  for (const language of languagesOf(event.name)) {
    for (const field of ['short_description', 'description']) {
      const text = isRecord(event[field]) ? event[field][language] : undefined
      const problem = !text
        ? TO_PUBLISH
        : field === 'short_description' && typeof text === 'string' && [...text].length > 160
          ? 'Short description length must be 160 characters or less'
          : undefined
      if (problem) errors[field] = { ...(errors[field] as object), [language]: problem }
    }
  }
  if (!(event.offers as unknown[]).some((offer) => typeof (offer as Errors).is_free === 'boolean'))
    errors.offers = 'Price info must be specified before an event is published.'
  const over = endsAt(event)
  if (!errors.end_time && over && over < now)
    errors.end_time = 'End time cannot be in the past. Please set a future end time.'
  return withoutEmpty(errors)
}

/** The errors of an event as it would be stored (on PUT: the old fields with the new ones over them). */
export function eventErrors(event: Record<string, unknown>, lookup: Lookup, now: Date): Errors | undefined {
  return fieldErrors(event, lookup) ?? publishingErrors(event, now)
}

export function placeErrors(place: Record<string, unknown>): Errors | undefined {
  const errors: Errors = Object.fromEntries(placeTexts.map((field) => [field, textError(place[field])]))
  errors.name ??= languagesOf(place.name).length > 0 ? undefined : REQUIRED
  return withoutEmpty(errors)
}
