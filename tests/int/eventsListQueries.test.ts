import { initI18n, type I18nClient } from '@payloadcms/translations'
import pg from 'pg'
import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { SyncStateCell } from '../../src/plugins/regional-calendar/components/SyncState'
import { say } from '../../src/plugins/regional-calendar/translations'
import type { User } from '../../src/payload-types'
import { createOrganisation, createUser, inDays, testPayload, unique } from '../helpers/payload'

/**
 * The admin's events list at any page size: the page's rows as the list view asks for them
 * (drafts, lock status, as the signed-in user) and the sync-state column of every row, counted
 * in statements sent to PostgreSQL. A column that asked per row would grow with the page.
 */

let payload: Payload
let i18n: I18nClient
let editor: User
let member: User
const ROWS = 110

beforeAll(async () => {
  // The column shows states only while the sync is on; nothing is sent here (no jobs run).
  process.env.REGIONAL_CALENDAR_URL = 'http://127.0.0.1:9/unused'
  payload = await testPayload()
  i18n = await initI18n({ config: payload.config.i18n, context: 'client', language: 'en' })
  const organisation = (await createOrganisation(payload)).id
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

afterAll(() => {
  delete process.env.REGIONAL_CALENDAR_URL
})

/** Every statement the app sends while `run` runs (pg's client is where Payload's queries and transactions go). */
async function statements(run: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(pg.Client.prototype, 'query')
  try {
    await run()
    return spy.mock.calls.length
  } finally {
    spy.mockRestore()
  }
}

/** One list page as the admin renders it: its rows, then the sync-state cell of each. */
async function listPage(user: User, limit: number, page: number) {
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
  })
  const cells = await Promise.all(docs.map((doc) => SyncStateCell({ rowData: doc, payload, i18n })))
  return docs.map((doc, index) => ({ id: doc.id, shown: renderToStaticMarkup(cells[index]) }))
}

describe('the events list asks the database the same number of times at any page size', () => {
  it('10 and 100 rows cost the same statements, on the first page and a later one, for an editor and a member', async () => {
    for (const user of [editor, member])
      for (const page of [1, 2]) {
        const ten = await statements(() => listPage(user, 10, page))
        const hundred = await statements(() => listPage(user, 100, page))
        expect({ user: user.role, page, statements: hundred }).toEqual({ user: user.role, page, statements: ten })
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

  it('each row still shows its own sync state', async () => {
    const rows = await listPage(member, 100, 1)
    expect(rows).toHaveLength(100)
    const { docs: states } = await payload.find({
      collection: 'regional-calendar-sync',
      where: { eventId: { in: rows.map((row) => row.id) } },
      pagination: false,
      overrideAccess: true,
    })
    const stateOf = new Map(states.map((state) => [state.eventId, state.state]))
    expect(new Set(stateOf.values())).toEqual(new Set(['synced', 'failing', 'failed']))
    for (const row of rows) expect(row.shown).toContain(say('en', `state_${stateOf.get(row.id) ?? 'none'}`))
  })
})
