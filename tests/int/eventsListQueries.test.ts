import { initI18n, type I18nClient } from '@payloadcms/translations'
import pg from 'pg'
import type { Payload, Where } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { OrganisationCell } from '../../src/fields/OrganisationCell'
import { SyncStateCell } from '../../src/plugins/regional-calendar/components/SyncState'
import { say } from '../../src/plugins/regional-calendar/translations'
import type { User } from '../../src/payload-types'
import { createOrganisation, createUser, inDays, testPayload, unique } from '../helpers/payload'

/**
 * The admin's events list at any page size: the page's rows as the list view asks for them
 * (drafts, lock status, as the signed-in user), the sync-state and organiser columns of every
 * row, counted in statements sent to PostgreSQL. A column that asked per row would grow with the
 * page; the organiser's name, which Payload's own cell asked for from the browser (a REST request
 * of three statements), is read with the page.
 */

// Payload's admin bundle cannot load in Node (it imports CSS); outside the admin there is no
// content-language picker, so the organiser's name shows in the default language, Finnish.
vi.mock('@payloadcms/ui', () => ({ useLocale: () => ({ code: 'fi' }) }))

let payload: Payload
let i18n: I18nClient
let editor: User
let member: User
let organisationName: string
/** This file's events: the shared database holds other files' too, some with no organiser. */
let ours: Where
const ROWS = 110
const database = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })

beforeAll(async () => {
  // The column shows states only while the sync is on; nothing is sent here (no jobs run).
  process.env.REGIONAL_CALENDAR_URL = 'http://127.0.0.1:9/unused'
  payload = await testPayload()
  i18n = await initI18n({ config: payload.config.i18n, context: 'client', language: 'en' })
  const created = await createOrganisation(payload)
  const organisation = created.id
  ours = { organiser: { equals: organisation } }
  organisationName = created.name
  editor = await createUser(payload, 'editor')
  member = await createUser(payload, 'organisationMember', [organisation])
  for (let i = 0; i < ROWS; i++) {
    const event = await payload.create({
      collection: 'events',
      draft: true,
      data: { name: unique('Listattava'), startsAt: inDays(400 + i), organiser: organisation, _status: 'draft' },
    })
    // Every third one has a state row, in turn synced, failing and failed.
    if (i % 3 === 0)
      await payload.create({
        collection: 'regional-calendar-sync',
        data: { eventId: event.id, state: (['synced', 'failing', 'failed'] as const)[(i / 3) % 3] },
        overrideAccess: true,
      })
  }
})

afterAll(async () => {
  delete process.env.REGIONAL_CALENDAR_URL
  await database.end()
})

type Statement = { text: string; values: unknown[] }
const statementOf = ([query, values]: unknown[]): Statement => {
  const text =
    typeof query === 'string'
      ? query
      : typeof query === 'object' && query !== null && 'text' in query
        ? String(query.text)
        : ''
  return { text, values: Array.isArray(values) ? values : [] }
}

/** Every statement the app sends while `run` runs (pg's client is where Payload's queries and transactions go). */
async function sent(run: () => Promise<unknown>): Promise<Statement[]> {
  const spy = vi.spyOn(pg.Client.prototype, 'query')
  try {
    await run()
    return spy.mock.calls.map(statementOf)
  } finally {
    spy.mockRestore()
  }
}
const statements = async (run: () => Promise<unknown>) => (await sent(run)).length

/** One list page as the admin renders it: its rows, then the sync-state and organiser cells of each. */
async function listPage(user: User, limit: number, page: number, where?: Where) {
  const { docs } = await payload.find({
    collection: 'events',
    draft: true,
    depth: 0,
    fallbackLocale: false,
    includeLockStatus: true,
    limit,
    page,
    locale: 'fi',
    overrideAccess: false,
    user,
    where,
  })
  const cells = await Promise.all(
    docs.flatMap((doc) => [
      SyncStateCell({ rowData: doc, payload, i18n }),
      OrganisationCell({ cellData: doc.organiser, payload, i18n }),
    ]),
  )
  return docs.map((doc, index) => ({
    id: doc.id,
    shown: renderToStaticMarkup(cells[2 * index]),
    organiser: renderToStaticMarkup(cells[2 * index + 1]),
  }))
}

describe('the events list asks the database the same number of times at any page size', () => {
  it('10 and 100 rows cost the same statements, on the first page and a later one, for an editor and a member', async () => {
    for (const user of [editor, member])
      for (const page of [1, 2]) {
        const ten = await statements(() => listPage(user, 10, page, ours))
        const hundred = await statements(() => listPage(user, 100, page, ours))
        expect({ user: user.role, page, statements: hundred }).toEqual({ user: user.role, page, statements: ten })
        // The count, the rows (a later page: their ids first), the lock status, the sync states
        // and the organisers' names.
        expect({ user: user.role, page, statements: hundred }).toEqual({
          user: user.role,
          page,
          statements: page === 1 ? 5 : 6,
        })
      }
  })

  it('a later page’s ids are read from the list index in the list’s order, with no sort', async () => {
    for (const user of [editor, member]) {
      const ids = (await sent(() => listPage(user, 20, 3))).find((statement) =>
        /^select distinct .* from "_events_v" .*offset/.test(statement.text),
      )
      expect(ids, 'the ids-first query of a later page').toBeDefined()
      const client = await database.connect()
      try {
        // With the other ways switched off, a sort that the index cannot give shows as a Sort node.
        await client.query('BEGIN')
        await client.query('SET LOCAL enable_seqscan = off')
        await client.query('SET LOCAL enable_sort = off')
        await client.query('SET LOCAL enable_incremental_sort = off')
        const plan = (await client.query(`EXPLAIN ${ids!.text}`, ids!.values)).rows
          .map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN'])
          .join('\n')
        await client.query('ROLLBACK')
        expect(plan).toContain('_events_v_list_idx')
        expect(plan).not.toMatch(/Sort/)
      } finally {
        client.release()
      }
    }
  })

  it('a later page, its ids read first, holds the rows after the earlier ones in the list’s order', async () => {
    for (const user of [editor, member]) {
      const first = await listPage(user, 40, 1)
      const ids = [...(await listPage(user, 20, 1)), ...(await listPage(user, 20, 2))].map((row) => row.id)
      expect(ids).toEqual(first.map((row) => row.id))
      const count = async (page: number) =>
        (await payload.find({ collection: 'events', draft: true, limit: 10, page, overrideAccess: false, user }))
          .totalDocs
      expect(await count(3)).toBe(await count(1))
    }
  })

  it('each row still shows its own sync state and its organiser’s name', async () => {
    const rows = await listPage(member, 100, 1, ours)
    expect(rows).toHaveLength(100)
    const { docs: states } = await payload.find({
      collection: 'regional-calendar-sync',
      where: { eventId: { in: rows.map((row) => row.id) } },
      pagination: false,
      overrideAccess: true,
    })
    const stateOf = new Map(states.map((state) => [state.eventId, state.state]))
    expect(new Set(stateOf.values())).toEqual(new Set(['synced', 'failing', 'failed']))
    for (const row of rows) {
      expect(row.shown).toContain(say('en', `state_${stateOf.get(row.id) ?? 'none'}`))
      expect(row.organiser).toBe(`<span>${organisationName}</span>`)
    }
  })
})
