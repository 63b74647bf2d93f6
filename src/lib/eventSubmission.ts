import { audiences, type Audience } from './eventFilters'
import { characterCount, SHORT_DESCRIPTION_MAX } from './eventRules'
import { helsinkiDateTime, parseClock, parseDay } from './time'
import { countLinks, isHttpUrl } from './url'

/**
 * The public "add your event" form: what a visitor typed, read and checked by the same rules the
 * events collection applies when an editor publishes (short description ≤ 160 characters, end not
 * before start, no start in the past, a place or an online address, absolute web addresses).
 * The visitor gets every problem at once, each on its own field.
 */

/** The form's inputs in the order they appear: the error summary lists problems in it. */
export const fieldOrder = [
  'name',
  'shortDescription',
  'description',
  'startDate',
  'startTime',
  'endDate',
  'endTime',
  'placeName',
  'placeAddress',
  'municipality',
  'onlineUrl',
  'organiser',
  'isFree',
  'price',
  'topics',
  'audience',
  'ticketUrl',
  'registrationUrl',
  'submitterName',
  'submitterEmail',
  'message',
] as const
export type FieldName = (typeof fieldOrder)[number]
const choiceFields = ['isFree', 'topics', 'audience'] as const
export type TextFieldName = Exclude<FieldName, (typeof choiceFields)[number]>
export const textFields = fieldOrder.filter(
  (field): field is TextFieldName => !(choiceFields as readonly string[]).includes(field),
)

/** What the form shows again when something is wrong: exactly what was sent. */
export type SubmissionValues = Record<TextFieldName, string> & { isFree: boolean; topics: string[]; audience: string[] }

export type ProblemCode =
  | 'required'
  | 'tooLong'
  | 'shortDescriptionTooLong'
  | 'invalidDate'
  | 'invalidTime'
  | 'startInPast'
  | 'endBeforeStart'
  | 'placeOrUrlRequired'
  | 'invalidUrl'
  | 'invalidEmail'
  | 'tooManyLinks'
  | 'invalidChoice'
export type Problem = { code: ProblemCode; vars?: Record<string, number> }
export type Problems = Partial<Record<FieldName, Problem>>

export const REQUIRED: TextFieldName[] = [
  'name',
  'shortDescription',
  'startDate',
  'startTime',
  'organiser',
  'submitterName',
  'submitterEmail',
]

/** Generous for people, small enough that a flood cannot fill the database. */
export const MAX_LENGTH: Record<TextFieldName, number> = {
  name: 200,
  shortDescription: SHORT_DESCRIPTION_MAX,
  description: 5000,
  startDate: 10,
  startTime: 5,
  endDate: 10,
  endTime: 5,
  placeName: 200,
  placeAddress: 200,
  municipality: 3,
  onlineUrl: 2000,
  organiser: 200,
  price: 200,
  ticketUrl: 2000,
  registrationUrl: 2000,
  submitterName: 200,
  submitterEmail: 254,
  message: 2000,
}

/** Links allowed in the free texts together; the link fields have their own inputs. */
export const MAX_LINKS = 3
const textsWithLinks: TextFieldName[] = [
  'name',
  'shortDescription',
  'description',
  'placeName',
  'placeAddress',
  'organiser',
  'price',
  'message',
]
const urlFields: TextFieldName[] = ['onlineUrl', 'ticketUrl', 'registrationUrl']

/** A checked submission, ready to become a draft event. */
export type EventSubmission = {
  name: string
  shortDescription: string
  description?: string
  startsAt: Date
  endsAt?: Date
  placeName?: string
  placeAddress?: string
  municipality?: string
  onlineUrl?: string
  organiser: string
  isFree: boolean
  price?: string
  topics: string[]
  audience: Audience[]
  ticketUrl?: string
  registrationUrl?: string
  submitterName: string
  submitterEmail: string
  message?: string
}

/** FormData and URLSearchParams alike. */
export type FormFields = { getAll(name: string): unknown[] }

const strings = (form: FormFields, name: string) =>
  form.getAll(name).filter((value): value is string => typeof value === 'string')

/** The visitor's input, trimmed, plus the two anti-spam fields. */
export function readSubmissionForm(form: FormFields): { values: SubmissionValues; honeypot: string; token: string } {
  const text = Object.fromEntries(textFields.map((name) => [name, (strings(form, name)[0] ?? '').trim()])) as Record<
    TextFieldName,
    string
  >
  return {
    values: {
      ...text,
      isFree: strings(form, 'isFree').length > 0,
      topics: strings(form, 'topics'),
      audience: strings(form, 'audience'),
    },
    honeypot: (strings(form, 'website')[0] ?? '').trim(),
    token: strings(form, 'token')[0] ?? '',
  }
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/

/**
 * Checks a submission. `choices` are the municipality codes and topic YSO ids the form offered;
 * `now` decides what is in the past.
 */
export function validateSubmission(
  values: SubmissionValues,
  { now, municipalities, topics }: { now: Date; municipalities: string[]; topics: string[] },
): { problems: Problems; submission?: EventSubmission } {
  const problems: Problems = {}
  const fail = (field: FieldName, code: ProblemCode, vars?: Record<string, number>) => {
    problems[field] ??= vars ? { code, vars } : { code }
  }

  for (const field of REQUIRED) if (!values[field]) fail(field, 'required')
  for (const field of textFields) {
    const length = characterCount(values[field])
    if (length > MAX_LENGTH[field])
      fail(field, field === 'shortDescription' ? 'shortDescriptionTooLong' : 'tooLong', {
        length,
        max: MAX_LENGTH[field],
      })
  }

  const startDay = values.startDate ? parseDay(values.startDate) : undefined
  const startClock = values.startTime ? parseClock(values.startTime) : undefined
  if (values.startDate && !startDay) fail('startDate', 'invalidDate')
  if (values.startTime && !startClock) fail('startTime', 'invalidTime')
  const endDay = values.endDate ? parseDay(values.endDate) : startDay
  const endClock = values.endTime ? parseClock(values.endTime) : undefined
  if (values.endDate && !endDay) fail('endDate', 'invalidDate')
  if (values.endTime && !endClock) fail('endTime', 'invalidTime')
  if (values.endDate && !values.endTime) fail('endTime', 'required')
  const startsAt = startDay && startClock ? helsinkiDateTime(startDay, startClock) : undefined
  const endsAt = endDay && endClock ? helsinkiDateTime(endDay, endClock) : undefined
  if (startsAt && startsAt < now) fail('startDate', 'startInPast')
  if (startsAt && endsAt && endsAt < startsAt) fail(values.endDate ? 'endDate' : 'endTime', 'endBeforeStart')

  const hasPlace = Boolean(values.placeName || values.placeAddress)
  if (!hasPlace && !values.onlineUrl) fail('placeName', 'placeOrUrlRequired')
  if (hasPlace && !values.municipality) fail('municipality', 'required')
  if (values.municipality && !municipalities.includes(values.municipality)) fail('municipality', 'invalidChoice')
  for (const field of urlFields) if (values[field] && !isHttpUrl(values[field])) fail(field, 'invalidUrl')
  if (values.submitterEmail && !EMAIL.test(values.submitterEmail)) fail('submitterEmail', 'invalidEmail')
  if (values.topics.some((topic) => !topics.includes(topic))) fail('topics', 'invalidChoice')
  if (values.audience.some((audience) => !(audiences as readonly string[]).includes(audience)))
    fail('audience', 'invalidChoice')

  const links = textsWithLinks.map((field) => [field, countLinks(values[field])] as const)
  const count = links.reduce((sum, [, n]) => sum + n, 0)
  if (count > MAX_LINKS)
    fail(links.reduce((most, next) => (next[1] > most[1] ? next : most))[0], 'tooManyLinks', { count, max: MAX_LINKS })

  if (Object.keys(problems).length > 0 || !startsAt) return { problems }
  const optional = (value: string) => value || undefined
  return {
    problems,
    submission: {
      name: values.name,
      shortDescription: values.shortDescription,
      description: optional(values.description),
      startsAt,
      endsAt,
      placeName: optional(values.placeName),
      placeAddress: optional(values.placeAddress),
      municipality: optional(values.municipality),
      onlineUrl: optional(values.onlineUrl),
      organiser: values.organiser,
      isFree: values.isFree,
      price: values.isFree ? undefined : optional(values.price),
      topics: [...new Set(values.topics)],
      audience: [...new Set(values.audience)] as Audience[],
      ticketUrl: optional(values.ticketUrl),
      registrationUrl: optional(values.registrationUrl),
      submitterName: values.submitterName,
      submitterEmail: values.submitterEmail,
      message: optional(values.message),
    },
  }
}
