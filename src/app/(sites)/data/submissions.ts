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
import { checkFormToken, clientKey, FORM_MAX_AGE_MS, formTokenId, signFormToken } from '@/lib/formToken'
import type { Locale } from '@/lib/locales'
import { plainTextToRichText } from '@/lib/richText'
import { TIME_ZONE } from '@/lib/time'
import { executeSql } from '@/server/sql'

/**
 * Submissions accepted per hour from one client, and how many from everyone together make an
 * hour busy. One client (an IPv4 address or an IPv6 /64) can store at most `perClientPerHour`;
 * in a busy hour every client may store only one, so a flood spread over many addresses slows
 * the queue's growth without ever closing the form to a visitor who has not sent anything yet.
 * Both are counted in the database, so they hold however many app instances run.
 */
export const SUBMISSION_LIMITS = { perClientPerHour: 5, allPerHour: 50 }

type SubmissionRefusal = 'tooFast' | 'expired' | 'confirm' | 'used' | 'tooManyFromClient'

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
  /** The client's address (src/server/peerAddress.ts): who the hourly limit counts. */
  clientAddress: string | undefined
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
  const fresh = () => signFormToken(payload.secret, now.getTime())
  // Without JavaScript the cached page has no token of its own: the first post gets one and asks
  // the visitor to check and send again.
  if (!token) return refuse('confirm', fresh())
  if (tokenCheck !== 'ok') return refuse('expired', fresh())

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
    const client = clientKey(payload.secret, request.clientAddress)
    const since = new Date(now.getTime() - HOUR_MS).toISOString()
    const count = async (extra: Record<string, unknown>) =>
      (
        await payload.count({
          collection: 'events',
          where: { 'submission.submittedAt': { greater_than: since, less_than_equal: now.toISOString() }, ...extra },
          overrideAccess: true,
          req,
        })
      ).totalDocs
    const fromClient = await count({ 'submission.clientKey': { equals: client } })
    const allowedNow = (await count({})) >= limits.allPerHour ? 1 : limits.perClientPerHour
    let refusal: SubmissionRefusal | undefined = fromClient >= allowedNow ? 'tooManyFromClient' : undefined
    if (!refusal && !(await spendToken(req, formTokenId(token), now))) refusal = 'used'
    if (!refusal) await storeSubmission(req, submission, { ...request, now, client, choices })
    await commitTransaction(req)
    if (refusal === 'used') return refuse('used', fresh())
    return refusal ? refuse(refusal) : { sent: true }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * Records a token as used, in the submission's transaction (a submission that fails to store
 * leaves its token unspent). False when it had been used already; the primary key decides, so two
 * instances cannot both spend one token. Spent ids older than any valid token are dropped.
 */
async function spendToken(req: PayloadRequest, id: string, now: Date): Promise<boolean> {
  const expired = new Date(now.getTime() - FORM_MAX_AGE_MS - HOUR_MS).toISOString()
  await executeSql(req, sql`DELETE FROM form_tokens_used WHERE used_at < ${expired}`)
  const rows = await executeSql(
    req,
    sql`INSERT INTO form_tokens_used (token_id, used_at) VALUES (${id}, ${now.toISOString()})
        ON CONFLICT (token_id) DO NOTHING RETURNING token_id`,
  )
  return rows.length === 1
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
