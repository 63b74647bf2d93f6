import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { News, User } from '../../src/payload-types'
import { messages } from '../../src/i18n/admin/messages'
import { createUser, fieldError, testPayload, unique } from '../helpers/payload'
import { rest } from '../helpers/rest'

let payload: Payload
let editor: User
let sites: number[]
const database = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
afterAll(() => database.end())

const site = async () =>
  (
    await payload.create({
      collection: 'sites',
      data: {
        key: unique('site'),
        name: 'Uutissivusto',
        defaultLocale: 'fi',
        hostnames: [{ hostname: `${unique('n')}.test` }],
      },
    })
  ).id

function item(overrides: Partial<News> = {}) {
  return {
    title: unique('Tuulivoimahanke etenee'),
    lead: 'Hankkeen ympäristövaikutusten arviointi valmistui.',
    kind: 'news' as const,
    sites: [sites[0]],
    _status: 'published' as const,
    ...overrides,
  }
}

async function login(user: User): Promise<string> {
  const response = await rest('POST', '/users/login', {
    body: { email: user.email, password: 'correct-horse-battery' },
  })
  return ((await response.json()) as { token: string }).token
}

beforeAll(async () => {
  payload = await testPayload()
  editor = await createUser(payload, 'editor')
  sites = [await site(), await site(), await site()]
})

describe('news items', () => {
  it('get a slug from the title in each language, editable', async () => {
    const doc = await payload.create({
      collection: 'news',
      data: item({ title: 'Älykäs seutu: Kaustisen digipalvelut 2027' }),
    })
    expect(doc.slug).toBe('alykas-seutu-kaustisen-digipalvelut-2027')
    const sv = await payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'sv',
      data: { title: 'Smart region: digitala tjänster i Kaustby' },
    })
    expect(sv.slug).toBe('smart-region-digitala-tjanster-i-kaustby')
    const edited = await payload.update({ collection: 'news', id: doc.id, data: { slug: 'digipalvelut' } })
    expect(edited.slug).toBe('digipalvelut')
  })

  it('refuse a slug another item has on the same site and language, and allow it on another site', async () => {
    const first = await payload.create({ collection: 'news', data: item() })
    expect(await fieldError(payload.create({ collection: 'news', data: item({ slug: first.slug }) }), 'slug')).toBe(
      messages.fi.newsSlugTaken.replace('{{slug}}', first.slug!),
    )
    const elsewhere = await payload.create({ collection: 'news', data: item({ slug: first.slug, sites: [sites[1]] }) })
    expect(elsewhere.slug).toBe(first.slug)
    // The same slug in another language is another address.
    const swedish = await payload.update({
      collection: 'news',
      id: elsewhere.id,
      locale: 'sv',
      data: { title: 'X', slug: first.slug },
    })
    expect(swedish.slug).toBe(first.slug)
  })

  it('refuse a malformed or reserved slug', async () => {
    expect(await fieldError(payload.create({ collection: 'news', data: item({ slug: 'Iso Kirjain' }) }), 'slug')).toBe(
      messages.fi.newsSlugFormat,
    )
    expect(await fieldError(payload.create({ collection: 'news', data: item({ slug: 'filter' }) }), 'slug')).toBe(
      messages.fi.newsSlugReserved.replace('{{slug}}', 'filter'),
    )
  })

  it('need a Finnish title and lead and one to three sites, told in the editor’s language', async () => {
    expect(await fieldError(payload.create({ collection: 'news', data: item({ title: '' }) }), 'title')).toBe(
      messages.fi.newsTitleRequired,
    )
    expect(await fieldError(payload.create({ collection: 'news', data: item({ lead: '' }) }), 'lead')).toBe(
      messages.fi.newsLeadRequired,
    )
    expect(await fieldError(payload.create({ collection: 'news', data: item({ sites: [] }) }), 'sites')).toBe(
      messages.fi.newsSiteRequired,
    )
    const four = [...sites, await site()]
    expect(await fieldError(payload.create({ collection: 'news', data: item({ sites: four }) }), 'sites')).toBe(
      messages.fi.newsSiteRequired,
    )
    const token = await login(editor)
    for (const language of ['sv', 'en'] as const) {
      const response = await rest('POST', '/news', {
        token,
        headers: { 'Accept-Language': language },
        body: item({ title: '', sites: [] }),
      })
      expect(response.status).toBe(400)
      const errors = (
        (await response.json()) as { errors: { data?: { errors: { path: string; message: string }[] } }[] }
      ).errors[0].data!.errors
      expect(errors.find((e) => e.path === 'title')?.message).toBe(messages[language].newsTitleRequired)
      expect(errors.find((e) => e.path === 'sites')?.message).toBe(messages[language].newsSiteRequired)
    }
  })

  it('keep a draft unvalidated and out of visitors’ reach', async () => {
    const draft = await payload.create({ collection: 'news', data: item({ lead: '', _status: 'draft' }), draft: true })
    const visitor = await payload.find({
      collection: 'news',
      where: { id: { equals: draft.id } },
      overrideAccess: false,
    })
    expect(visitor.docs).toEqual([])
    const member = await createUser(payload, 'organisationMember')
    const asMember = await payload.find({
      collection: 'news',
      where: { id: { equals: draft.id } },
      overrideAccess: false,
      user: member,
    })
    expect(asMember.docs).toEqual([])
  })

  it('stamp the publishing time on first publish', async () => {
    const draft = await payload.create({ collection: 'news', data: item({ _status: 'draft' }), draft: true })
    expect(draft.publishedAt).toBeFalsy()
    const published = await payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' } })
    expect(Date.now() - Date.parse(published.publishedAt!)).toBeLessThan(60_000)
  })

  it('keep every published slug, per language, for the redirect to the current one', async () => {
    const doc = await payload.create({ collection: 'news', data: item({ slug: unique('vanha') }) })
    const old = doc.slug!
    // A new slug saved as a draft is not published yet: nothing to redirect from.
    await payload.update({ collection: 'news', id: doc.id, data: { slug: unique('luonnos') }, draft: true })
    const renamed = await payload.update({
      collection: 'news',
      id: doc.id,
      data: { slug: unique('uusi'), _status: 'published' },
    })
    const { rows } = await database.query(
      `SELECT locale, slug FROM news_slug_history WHERE news_id = $1 ORDER BY recorded_at, slug`,
      [doc.id],
    )
    expect(rows.map((row) => row.slug).sort()).toEqual([old, renamed.slug].sort())
    expect(rows.every((row) => row.locale === 'fi')).toBe(true)
  })

  it('publish on schedule when the jobs queue runs, and mark the news pages stale from the worker', async () => {
    const draft = await payload.create({ collection: 'news', data: item({ _status: 'draft' }), draft: true })
    const staleBefore = (await database.query(`SELECT revalidated_at FROM next_cache_tags WHERE tag = 'news'`)).rows[0]
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'news', value: draft.id } },
      waitUntil: new Date(Date.now() + 1500),
    })
    // Not yet: the job waits for its time.
    await payload.jobs.run({ queue: 'default' })
    expect((await payload.findByID({ collection: 'news', id: draft.id }))._status).toBe('draft')
    await new Promise((resolve) => setTimeout(resolve, 1600))
    await payload.jobs.run({ queue: 'default' })
    const visitor = await payload.find({
      collection: 'news',
      where: { id: { equals: draft.id } },
      overrideAccess: false,
    })
    expect(visitor.docs.map((doc) => doc._status)).toEqual(['published'])
    const staleAfter = (await database.query(`SELECT revalidated_at FROM next_cache_tags WHERE tag = 'news'`)).rows[0]
    expect(staleAfter.revalidated_at.getTime()).toBeGreaterThan(staleBefore?.revalidated_at?.getTime() ?? 0)
    // And off again on schedule.
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', doc: { relationTo: 'news', value: draft.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run({ queue: 'default' })
    const after = await payload.find({ collection: 'news', where: { id: { equals: draft.id } }, overrideAccess: false })
    expect(after.docs).toEqual([])
  })
})
