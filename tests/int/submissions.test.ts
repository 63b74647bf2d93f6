import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  receiveSubmission,
  type SubmissionOutcome,
  type SubmissionRequest,
} from '../../src/app/(sites)/data/submissions'
import { messages } from '../../src/i18n/admin/messages'
import { dictionary } from '../../src/i18n/site'
import { checkFormToken, signFormToken } from '../../src/lib/formToken'
import { clientAddressOf, PEER_ADDRESS_HEADER } from '../../src/server/peerAddress'
import type { User } from '../../src/payload-types'
import { allowed, createOrganisation, createUser, fieldError, testPayload, unique } from '../helpers/payload'

let payload: Payload
let editor: User
let member: User
let memberOrganisation: number
let siteId: number
const database = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })

const DAY = 24 * 3600_000
// Tests other than the rate limits' own send more than a client may in an hour.
const unlimited = { perClientPerHour: 1000, allPerHour: 1000 }
const isoDay = (date: Date) => date.toISOString().slice(0, 10)

/** A complete form as a visitor sends it, rendered a minute before `now`. */
function form(now: Date, overrides: Record<string, string | string[]> = {}) {
  const day = isoDay(new Date(now.getTime() + 10 * DAY))
  const fields: Record<string, string | string[]> = {
    name: unique('Kyläjuhla'),
    shortDescription: 'Kesäinen kyläjuhla seurojentalolla.',
    description: 'Ohjelmassa pelimannimusiikkia.\n\nTervetuloa!',
    startDate: day,
    startTime: '18:00',
    endTime: '22:00',
    placeName: 'Seurojentalo',
    placeAddress: 'Kirkonkyläntie 10',
    municipality: '924',
    organiser: 'Kylän nuorisoseura',
    price: '5 €',
    audience: ['families'],
    submitterName: unique('Maija Ilmoittaja'),
    submitterEmail: `${unique('maija')}@example.org`,
    message: 'Soittakaa tarvittaessa.',
    website: '',
    token: signFormToken(payload.secret, now.getTime() - 60_000),
    ...overrides,
  }
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) params.append(name, v)
  return { params, fields }
}

async function submit(overrides: Record<string, string | string[]> = {}, request: Partial<SubmissionRequest> = {}) {
  const now = request.now ?? new Date()
  const { params, fields } = form(now, overrides)
  const outcome = await receiveSubmission(payload, {
    form: params,
    locale: 'fi',
    siteId,
    clientAddress: '198.51.100.1',
    now,
    limits: unlimited,
    ...request,
  })
  return { outcome, fields }
}

const byName = async (name: string) =>
  (
    await payload.find({
      collection: 'events',
      where: { name: { equals: name } },
      draft: true,
      overrideAccess: true,
      depth: 0,
      limit: 10,
    })
  ).docs

/** Tables and rows whose text anywhere contains `needle`: the whole row cast to text. */
async function rowsContaining(needle: string): Promise<string[]> {
  const tables = await database.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'",
  )
  const hits: string[] = []
  for (const { name } of tables.rows) {
    const result = await database.query(`SELECT count(*)::int AS n FROM "${name}" AS t WHERE t::text ILIKE $1`, [
      `%${needle}%`,
    ])
    if (result.rows[0].n > 0) hits.push(name)
  }
  return hits.sort()
}

const refusal = (outcome: SubmissionOutcome) => (outcome.sent ? undefined : outcome.feedback.refusal)

beforeAll(async () => {
  payload = await testPayload()
  editor = await createUser(payload, 'editor')
  memberOrganisation = (await createOrganisation(payload)).id
  member = await createUser(payload, 'organisationMember', [memberOrganisation])
  siteId = (
    await payload.create({
      collection: 'sites',
      data: {
        key: unique('site'),
        name: 'Testisivusto',
        defaultLocale: 'fi',
        hostnames: [{ hostname: `${unique('h')}.test` }],
      },
    })
  ).id
})

afterAll(async () => {
  await database.end()
})

describe('a public submission', () => {
  it('arrives as a draft awaiting moderation, without an organiser, on the site it came from', async () => {
    const { outcome, fields } = await submit()
    expect(outcome).toEqual({ sent: true })
    const [doc] = await byName(fields.name as string)
    expect(doc).toMatchObject({
      _status: 'draft',
      organiser: null,
      moderationRank: 0,
      sites: [siteId],
      price: '5 €',
      audience: ['families'],
    })
    expect(doc.submission).toMatchObject({
      state: 'pending',
      language: 'fi',
      organiser: 'Kylän nuorisoseura',
      placeName: 'Seurojentalo',
      submitterName: fields.submitterName,
    })
    expect(doc.submission!.clientKey).toMatch(/^[\w-]{32}$/)
    expect(doc.startsAt_tz).toBe('Europe/Helsinki')
    expect(doc.description?.root.children).toHaveLength(2)
  })

  it('keeps script and markup as text', async () => {
    const { fields } = await submit({ description: '<script>alert(1)</script><img src=x onerror=alert(2)>' })
    const [doc] = await byName(fields.name as string)
    const paragraph = doc.description!.root.children[0] as unknown as { children: { type: string; text: string }[] }
    expect(paragraph.children).toEqual([
      expect.objectContaining({ type: 'text', text: '<script>alert(1)</script><img src=x onerror=alert(2)>' }),
    ])
  })

  it('in Swedish keeps the texts in Swedish and in Finnish for the editor to translate', async () => {
    const { fields } = await submit({ name: unique('Byafton') }, { locale: 'sv' })
    const [doc] = await byName(fields.name as string)
    const sv = await payload.findByID({
      collection: 'events',
      id: doc.id,
      draft: true,
      locale: 'sv',
      fallbackLocale: false,
      overrideAccess: true,
    })
    expect(sv.name).toBe(fields.name)
    expect(doc.submission?.language).toBe('sv')
  })

  it('is invisible to visitors and organisation members, and its submitter stays hidden from the organisation an editor names', async () => {
    const { fields } = await submit()
    const [doc] = await byName(fields.name as string)
    const sees = (user?: User) =>
      allowed(() => payload.findByID({ collection: 'events', id: doc.id, draft: true, user, overrideAccess: false }))
    expect(await sees()).toBe(false)
    expect(await sees(member)).toBe(false)
    expect(await sees(editor)).toBe(true)
    const pending = { 'submission.state': { equals: 'pending' } } as const
    const listed = await payload.find({
      collection: 'events',
      where: pending,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(listed.docs.map((d) => d.id)).toContain(doc.id)
    // Members cannot even ask for submissions.
    await expect(
      payload.find({ collection: 'events', where: pending, draft: true, user: member, overrideAccess: false }),
    ).rejects.toThrow()

    // Once an editor names the member's organisation, the draft is that organisation's event:
    // the member's list shows it, but never what the submitter sent about themselves.
    await payload.update({
      collection: 'events',
      id: doc.id,
      data: { organiser: memberOrganisation },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    const memberList = await payload.find({
      collection: 'events',
      draft: true,
      user: member,
      overrideAccess: false,
      limit: 500,
      depth: 0,
    })
    const seen = memberList.docs.find((d) => d.id === doc.id)
    expect(seen?.name).toBe(fields.name)
    expect(seen).not.toHaveProperty('submission')
    expect(JSON.stringify(memberList.docs)).not.toContain(fields.submitterEmail)
    const versions = await payload.findVersions({
      collection: 'events',
      where: { parent: { equals: doc.id } },
      user: member,
      overrideAccess: false,
    })
    expect(versions.totalDocs).toBeGreaterThan(0)
    expect(JSON.stringify(versions.docs)).not.toContain(fields.submitterEmail)
  })

  it('comes first in the editors’ list', async () => {
    await payload.create({
      collection: 'events',
      data: {
        name: unique('Myöhempi'),
        shortDescription: 'x',
        startsAt: new Date(Date.now() + 400 * DAY).toISOString(),
        startsAt_tz: 'Europe/Helsinki',
        onlineUrl: 'https://example.org/x',
        organiser: memberOrganisation,
        eventStatus: 'scheduled',
        _status: 'published',
      },
    })
    const { fields } = await submit()
    const list = await payload.find({
      collection: 'events',
      draft: true,
      user: editor,
      overrideAccess: false,
      limit: 200,
      depth: 0,
    })
    const ranks = list.docs.map((d) => d.moderationRank)
    expect(ranks[0]).toBe(0)
    expect(ranks.lastIndexOf(0)).toBeLessThan(ranks.indexOf(1))
    expect(list.docs.slice(0, ranks.lastIndexOf(0) + 1).map((d) => d.name)).toContain(fields.name)
  })
})

describe('moderation', () => {
  it('publishing approves the submission and erases name, e-mail and message from the document and every version', async () => {
    const { fields } = await submit({}, { clientAddress: `2001:db8:${Date.now() % 65536}::1` })
    const [doc] = await byName(fields.name as string)
    // An editor's draft edits make more versions that hold the personal data.
    await payload.update({
      collection: 'events',
      id: doc.id,
      data: { price: '6 €' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(await rowsContaining(fields.submitterEmail as string)).toEqual(['_events_v', 'events'])
    expect(await rowsContaining(fields.submitterName as string)).toEqual(['_events_v', 'events'])

    // A publish that fails validation keeps everything for the editor to try again.
    expect(
      await fieldError(
        payload.update({
          collection: 'events',
          id: doc.id,
          data: { _status: 'published' },
          user: editor,
          overrideAccess: false,
        }),
        'organiser',
      ),
    ).toBeTruthy()
    expect(await rowsContaining(fields.submitterEmail as string)).toEqual(['_events_v', 'events'])

    const published = await payload.update({
      collection: 'events',
      id: doc.id,
      data: { organiser: memberOrganisation, onlineUrl: 'https://example.org/live', _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    expect(published._status).toBe('published')
    expect(published.moderationRank).toBe(1)
    expect(published.submission).toMatchObject({
      state: 'approved',
      submitterName: null,
      submitterEmail: null,
      message: null,
      clientKey: null,
      organiser: 'Kylän nuorisoseura',
    })
    for (const needle of [fields.submitterName, fields.submitterEmail, doc.submission!.clientKey])
      expect(await rowsContaining(needle as string)).toEqual([])
    expect(await allowed(() => payload.findByID({ collection: 'events', id: doc.id, overrideAccess: false }))).toBe(
      true,
    )
  })

  it('rejecting keeps the draft unpublished, erases the personal data and never returns to pending', async () => {
    const { fields } = await submit()
    const [doc] = await byName(fields.name as string)
    const rejected = await payload.update({
      collection: 'events',
      id: doc.id,
      data: { submission: { state: 'rejected' } },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(rejected).toMatchObject({
      _status: 'draft',
      moderationRank: 1,
      submission: { state: 'rejected', submitterEmail: null },
    })
    expect(await rowsContaining(fields.submitterEmail as string)).toEqual([])
    expect(await rowsContaining(fields.submitterName as string)).toEqual([])
    const reopened = await payload.update({
      collection: 'events',
      id: doc.id,
      data: { submission: { state: 'pending' } },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(reopened.submission?.state).toBe('rejected')
    expect(reopened.moderationRank).toBe(1)
    expect(await allowed(() => payload.findByID({ collection: 'events', id: doc.id, overrideAccess: false }))).toBe(
      false,
    )
  })

  it('a copy of a submission is an ordinary event without the submitter', async () => {
    const { fields } = await submit()
    const [doc] = await byName(fields.name as string)
    const copy = await payload.duplicate({
      collection: 'events',
      id: doc.id,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(copy.moderationRank).toBe(1)
    expect(copy.submission?.state ?? null).toBeNull()
    expect(JSON.stringify(copy)).not.toContain(fields.submitterEmail)
  })

  it('deleting a submission leaves nothing of it', async () => {
    const { fields } = await submit()
    const [doc] = await byName(fields.name as string)
    await payload.delete({ collection: 'events', id: doc.id, user: editor, overrideAccess: false })
    expect(await rowsContaining(fields.submitterEmail as string)).toEqual([])
  })

  it('an organisation member neither sees nor changes the moderation of its published event', async () => {
    const { fields } = await submit()
    const [doc] = await byName(fields.name as string)
    await payload.update({
      collection: 'events',
      id: doc.id,
      data: { organiser: memberOrganisation, onlineUrl: 'https://example.org/live', _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    for (const user of [member, undefined])
      expect(
        (await payload.findByID({ collection: 'events', id: doc.id, user, overrideAccess: false })).submission,
      ).toBeUndefined()
    await payload.update({
      collection: 'events',
      id: doc.id,
      data: { submission: { state: 'rejected' } },
      user: member,
      overrideAccess: false,
    })
    const [after] = await byName(fields.name as string)
    expect(after.submission?.state).toBe('approved')
  })
})

describe('spam resistance', () => {
  it('answers a filled honeypot as sent and stores nothing', async () => {
    const { outcome, fields } = await submit({ website: 'https://spam.example' })
    expect(outcome).toEqual({ sent: true })
    expect(await byName(fields.name as string)).toEqual([])
  })

  it('refuses a form sent within seconds of rendering, keeping the values and the token', async () => {
    const now = new Date()
    const token = signFormToken(payload.secret, now.getTime() - 1000)
    const { outcome, fields } = await submit({ token }, { now })
    expect(outcome).toMatchObject({
      sent: false,
      feedback: {
        token,
        refusal: dictionary('fi').submit.refusals.tooFast,
        values: { name: fields.name, submitterEmail: fields.submitterEmail },
      },
    })
    expect(await byName(fields.name as string)).toEqual([])
  })

  it('refuses an expired or forged token with a fresh one', async () => {
    const now = new Date()
    for (const token of [
      signFormToken(payload.secret, now.getTime() - 5 * 3600_000),
      signFormToken('not-our-secret', now.getTime() - 60_000),
    ]) {
      const { outcome, fields } = await submit({ token }, { now, locale: 'en' })
      expect(refusal(outcome)).toBe(dictionary('en').submit.refusals.expired)
      expect(!outcome.sent && outcome.feedback.token).not.toBe(token)
      expect(await byName(fields.name as string)).toEqual([])
    }
  })

  it('a post without a token (the cached page, no JavaScript) gets one and is asked to send again', async () => {
    const now = new Date()
    const { outcome, fields } = await submit({ token: '' }, { now, locale: 'sv' })
    expect(refusal(outcome)).toBe(dictionary('sv').submit.refusals.confirm)
    const token = !outcome.sent ? outcome.feedback.token : ''
    expect(checkFormToken(payload.secret, token, now.getTime() + 60_000)).toBe('ok')
    expect(await byName(fields.name as string)).toEqual([])
    expect((await submit({ token }, { now: new Date(now.getTime() + 60_000) })).outcome.sent).toBe(true)
  })

  it('a token is good for one submission, also when the same token arrives in parallel', async () => {
    const now = new Date(Date.now() + 75 * DAY)
    const token = signFormToken(payload.secret, now.getTime() - 60_000)
    expect((await submit({ token }, { now })).outcome.sent).toBe(true)
    const again = await submit({ token }, { now })
    expect(refusal(again.outcome)).toBe(dictionary('fi').submit.refusals.used)
    expect(!again.outcome.sent && again.outcome.feedback.token).not.toBe(token)
    expect(await byName(again.fields.name as string)).toEqual([])

    const shared = signFormToken(payload.secret, now.getTime() - 60_000)
    const burst = await Promise.all(
      Array.from({ length: 6 }, (_, i) => submit({ token: shared }, { now, clientAddress: `198.51.100.${20 + i}` })),
    )
    expect(burst.filter(({ outcome }) => outcome.sent)).toHaveLength(1)
  })

  it('the flood of issue 15: one token and a new X-Forwarded-For per post store one submission', async () => {
    const now = new Date(Date.now() + 90 * DAY)
    const token = signFormToken(payload.secret, now.getTime() - 60_000)
    const limits = { perClientPerHour: 5, allPerHour: 50 }
    const outcomes = []
    for (let i = 0; i < 12; i++) {
      const headers = new Headers({ [PEER_ADDRESS_HEADER]: '203.0.113.50', 'x-forwarded-for': `10.9.${i}.1` })
      outcomes.push((await submit({ token }, { now, limits, clientAddress: clientAddressOf(headers) })).outcome)
    }
    expect(outcomes.filter((outcome) => outcome.sent)).toHaveLength(1)
    // With a fresh token each time the client still stores no more than its hourly five.
    for (let i = 0; i < 8; i++) {
      const headers = new Headers({ [PEER_ADDRESS_HEADER]: '203.0.113.50', 'x-forwarded-for': `10.8.${i}.1` })
      outcomes.push((await submit({}, { now, limits, clientAddress: clientAddressOf(headers) })).outcome)
    }
    expect(outcomes.filter((outcome) => outcome.sent)).toHaveLength(5)
    // Everyone else can still send.
    expect((await submit({}, { now, limits, clientAddress: '198.51.100.99' })).outcome.sent).toBe(true)
  })

  it('limits submissions per client and hour, counted in the database', async () => {
    // An hour of its own, so earlier tests' submissions do not count.
    const now = new Date(Date.now() + 30 * DAY)
    const limits = { perClientPerHour: 2, allPerHour: 100 }
    const from = (address: string) => submit({}, { now, limits, clientAddress: address })
    expect((await from('203.0.113.5')).outcome.sent).toBe(true)
    expect((await from('203.0.113.5')).outcome.sent).toBe(true)
    const third = await from('203.0.113.5')
    expect(refusal(third.outcome)).toBe(dictionary('fi').submit.refusals.tooManyFromClient)
    expect(await byName(third.fields.name as string)).toEqual([])
    expect((await from('203.0.113.6')).outcome.sent).toBe(true)
  })

  it('holds the limit against a burst of parallel requests', async () => {
    const now = new Date(Date.now() + 45 * DAY)
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () =>
        submit({}, { now, limits: { perClientPerHour: 3, allPerHour: 100 }, clientAddress: '203.0.113.9' }),
      ),
    )
    expect(outcomes.filter(({ outcome }) => outcome.sent)).toHaveLength(3)
  })

  it('in a busy hour every client may send one, so a flood never closes the form to others', async () => {
    const now = new Date(Date.now() + 60 * DAY)
    const limits = { perClientPerHour: 100, allPerHour: 2 }
    expect((await submit({}, { now, limits, clientAddress: '192.0.2.1' })).outcome.sent).toBe(true)
    expect((await submit({}, { now, limits, clientAddress: '192.0.2.1' })).outcome.sent).toBe(true)
    const third = await submit({}, { now, limits, clientAddress: '192.0.2.1', locale: 'sv' })
    expect(refusal(third.outcome)).toBe(dictionary('sv').submit.refusals.tooManyFromClient)
    expect((await submit({}, { now, limits, clientAddress: '192.0.2.2' })).outcome.sent).toBe(true)
    expect((await submit({}, { now, limits, clientAddress: '192.0.2.3' })).outcome.sent).toBe(true)
    expect((await submit({}, { now, limits, clientAddress: '192.0.2.3' })).outcome.sent).toBe(false)
  })

  it('counts an IPv6 client by its /64, whichever address of it sends', async () => {
    const now = new Date(Date.now() + 105 * DAY)
    const limits = { perClientPerHour: 2, allPerHour: 100 }
    const from = (address: string) => submit({}, { now, limits, clientAddress: address })
    expect((await from('2001:db8:1:2::a')).outcome.sent).toBe(true)
    expect((await from('2001:db8:1:2:ffff::b')).outcome.sent).toBe(true)
    expect((await from('2001:db8:1:2::c')).outcome.sent).toBe(false)
    expect((await from('2001:db8:1:3::a')).outcome.sent).toBe(true)
  })
})

describe('validation messages in the visitor’s language', () => {
  const problems = async (locale: 'fi' | 'sv' | 'en', overrides: Record<string, string | string[]>) => {
    const { outcome } = await submit(overrides, { locale })
    expect(outcome.sent).toBe(false)
    return outcome.sent ? [] : outcome.feedback.problems
  }

  it('lists each problem on its field, in the order of the form, reusing the events collection’s messages', async () => {
    const yesterday = isoDay(new Date(Date.now() - DAY))
    const listed = await problems('fi', {
      name: '',
      startDate: yesterday,
      endTime: '10:00',
      ticketUrl: 'liput.fi',
      placeName: '',
      placeAddress: '',
      municipality: '',
    })
    expect(listed).toEqual([
      { field: 'name', text: 'Anna tapahtuman nimi.' },
      { field: 'startDate', text: messages.fi.startInPast },
      { field: 'endTime', text: messages.fi.endBeforeStart },
      { field: 'placeName', text: 'Anna tapahtumapaikka tai verkkotapahtuman osoite (tai molemmat).' },
      { field: 'ticketUrl', text: messages.fi.invalidUrl },
    ])
  })

  it.each(['fi', 'sv', 'en'] as const)('answers in %s', async (locale) => {
    const t = dictionary(locale).submit
    const listed = await problems(locale, {
      shortDescription: 'å'.repeat(170),
      submitterEmail: 'maija@',
      organiser: '',
    })
    expect(listed).toEqual([
      { field: 'shortDescription', text: messages[locale].shortDescriptionTooLong.replace('{{length}}', '170') },
      { field: 'organiser', text: t.missing.organiser },
      { field: 'submitterEmail', text: t.problems.invalidEmail },
    ])
  })
})
