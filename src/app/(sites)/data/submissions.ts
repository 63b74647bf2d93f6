import { sql } from '@payloadcms/db-postgres'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { dictionary, fill } from '@/i18n/site'
import {
  fieldOrder,
  readSubmissionForm,
  validateSubmission,
  type EventSubmission,
  type FieldName,
  type FormFields,
  type Problems,
  type SubmissionValues,
} from '@/lib/eventSubmission'
import { checkFormToken, clientKey, signFormToken } from '@/lib/formToken'
import type { Locale } from '@/lib/locales'
import { plainTextToRichText } from '@/lib/richText'
import { TIME_ZONE } from '@/lib/time'
import { executeSql } from '@/server/sql'

/**
 * Submissions accepted per hour from one client and from everyone together. The first stops one
 * person or script flooding the queue, the second a flood spread over many addresses; both are
 * counted in the database, so they hold however many app instances run.
 */
export const SUBMISSION_LIMITS = { perClientPerHour: 5, allPerHour: 50 }

type SubmissionRefusal = 'tooFast' | 'expired' | 'tooManyFromClient' | 'tooManyAll'

/** What the form shows after an unsuccessful attempt: the values as sent and what to fix. */
export type SubmissionFeedback = {
  token: string
  values: SubmissionValues
  problems: { field: FieldName; text: string }[]
  refusal?: string
}

export type SubmissionOutcome = { sent: true } | { sent: false; feedback: SubmissionFeedback }

export type SubmissionRequest = {
  form: FormFields
  locale: Locale
  siteId: number | undefined
  /** The `X-Forwarded-For` header: its first address identifies the client for the hourly limit. */
  forwardedFor: string | null
  now?: Date
  limits?: typeof SUBMISSION_LIMITS
}

const HOUR_MS = 3600_000

/** Problems as texts in the visitor's language, in the order of the form. */
function problemTexts(problems: Problems, locale: Locale): SubmissionFeedback['problems'] {
  const t = dictionary(locale).submit
  return fieldOrder.flatMap((field) => {
    const problem = problems[field]
    if (!problem) return []
    const text =
      problem.code === 'required'
        ? t.missing[field as keyof typeof t.missing]
        : fill(t.problems[problem.code], problem.vars)
    return [{ field, text }]
  })
}

/**
 * A visitor's "add your event" form: checked, limited and stored as a draft event awaiting
 * moderation. A filled honeypot is answered as if sent, so a bot learns nothing; every other
 * refusal keeps the values and says what to do.
 */
export async function receiveSubmission(payload: Payload, request: SubmissionRequest): Promise<SubmissionOutcome> {
  const now = request.now ?? new Date()
  const limits = request.limits ?? SUBMISSION_LIMITS
  const { values, honeypot, token } = readSubmissionForm(request.form)
  const refuse = (refusal: SubmissionRefusal, nextToken = token): SubmissionOutcome => ({
    sent: false,
    feedback: { token: nextToken, values, problems: [], refusal: dictionary(request.locale).submit.refusals[refusal] },
  })
  if (honeypot) return { sent: true }

  const tokenCheck = checkFormToken(payload.secret, token, now.getTime())
  if (tokenCheck === 'tooFast') return refuse('tooFast')
  if (tokenCheck !== 'ok') return refuse('expired', signFormToken(payload.secret, now.getTime()))

  const choices = await formChoices(payload)
  const { problems, submission } = validateSubmission(values, {
    now,
    municipalities: [...choices.municipalities.keys()],
    topics: [...choices.topics.keys()],
  })
  if (!submission) return { sent: false, feedback: { token, values, problems: problemTexts(problems, request.locale) } }

  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    // One submission at a time, so that parallel requests cannot all pass the count below.
    await executeSql(req, sql`SELECT pg_advisory_xact_lock(hashtext('seutu:event-submissions'))`)
    const client = clientKey(payload.secret, request.forwardedFor)
    const since = new Date(now.getTime() - HOUR_MS).toISOString()
    const count = async (extra: Record<string, unknown>) =>
      (
        await payload.count({
          collection: 'events',
          where: { 'submission.submittedAt': { greater_than: since }, ...extra },
          overrideAccess: true,
          req,
        })
      ).totalDocs
    const refusal: SubmissionRefusal | undefined =
      (await count({ 'submission.clientKey': { equals: client } })) >= limits.perClientPerHour
        ? 'tooManyFromClient'
        : (await count({})) >= limits.allPerHour
          ? 'tooManyAll'
          : undefined
    if (!refusal) await storeSubmission(req, submission, { ...request, now, client, choices })
    await commitTransaction(req)
    return refusal ? refuse(refusal) : { sent: true }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

type Choices = Awaited<ReturnType<typeof formChoices>>

/** The municipalities and topics the form offers, by the codes the form sends. */
async function formChoices(payload: Payload) {
  const [municipalities, topics] = await Promise.all([
    payload.find({ collection: 'municipalities', limit: 100, depth: 0, pagination: false, overrideAccess: false }),
    payload.find({
      collection: 'topics',
      where: { ysoId: { exists: true } },
      limit: 500,
      depth: 0,
      pagination: false,
      overrideAccess: false,
    }),
  ])
  return {
    municipalities: new Map(municipalities.docs.map((m) => [m.code, m.id])),
    topics: new Map(topics.docs.map((t) => [t.ysoId!, t.id])),
  }
}

/**
 * A draft event. The texts go to Finnish, which every language falls back to and publishing
 * requires, and also to the visitor's language if that is another: the editor then translates
 * the Finnish rather than moves text between languages.
 */
async function storeSubmission(
  req: PayloadRequest,
  submission: EventSubmission,
  context: SubmissionRequest & { now: Date; client: string; choices: Choices },
) {
  const texts = {
    name: submission.name,
    shortDescription: submission.shortDescription,
    description: submission.description ? plainTextToRichText(submission.description) : undefined,
    price: submission.price,
  }
  const created = await req.payload.create({
    collection: 'events',
    locale: 'fi',
    draft: true,
    overrideAccess: true,
    req,
    depth: 0,
    data: {
      ...texts,
      startsAt: submission.startsAt.toISOString(),
      startsAt_tz: TIME_ZONE,
      endsAt: submission.endsAt?.toISOString(),
      endsAt_tz: submission.endsAt ? TIME_ZONE : undefined,
      onlineUrl: submission.onlineUrl,
      topics: submission.topics.map((yso) => context.choices.topics.get(yso)!),
      audience: submission.audience,
      isFree: submission.isFree,
      ticketUrl: submission.ticketUrl,
      registrationUrl: submission.registrationUrl,
      sites: context.siteId ? [context.siteId] : [],
      eventStatus: 'scheduled',
      _status: 'draft',
      submission: {
        state: 'pending',
        submittedAt: context.now.toISOString(),
        language: context.locale,
        submitterName: submission.submitterName,
        submitterEmail: submission.submitterEmail,
        message: submission.message,
        organiser: submission.organiser,
        placeName: submission.placeName,
        placeAddress: submission.placeAddress,
        municipality: submission.municipality ? context.choices.municipalities.get(submission.municipality) : undefined,
        clientKey: context.client,
      },
    },
  })
  if (context.locale !== 'fi')
    await req.payload.update({
      collection: 'events',
      id: created.id,
      locale: context.locale,
      draft: true,
      overrideAccess: true,
      req,
      depth: 0,
      data: texts,
    })
}
