import { request } from 'node:http'
import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { REFRESH_MS } from '../../src/server/nextCacheHandler.mjs'
import { editorHeaders, msUntil } from '../helpers/http'
import { PAYLOAD_CLI, runNode } from '../helpers/testDatabase'

const port = inject('appPort')
const baseUrl = inject('baseUrl')
const databaseUrl = inject('appDatabaseUrl')
// The large-projects portal: the other browser tests count the regional calendar's events.
const portal = `http://suurhanketoimisto.localhost:${port}`
const database = new pg.Pool({ connectionString: databaseUrl, max: 1 })
afterAll(() => database.end())

type Answer = { status: number; headers: { get(name: string): string | null }; text(): Promise<string> }

/** A GET with the Host header of a site (fetch does not send a Host header of its own). */
const get = (url: string, headers: Record<string, string> = {}) =>
  new Promise<Answer>((resolve, reject) => {
    const { host, pathname, search } = new URL(url)
    const req = request(`${baseUrl}${pathname}${search}`, { headers: { Host: host, ...headers } }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: { get: (name) => [res.headers[name.toLowerCase()] ?? []].flat().join(', ') || null },
          text: () => Promise.resolve(body),
        }),
      )
    })
    req.on('error', reject)
    req.end()
  })

/** A start time a few days ahead, on the minute (the Linked Events test expects whole seconds). */
const daysAhead = (days: number) => new Date(Math.floor(Date.now() / 60_000) * 60_000 + days * 86_400_000).toISOString()

const login = () => editorHeaders(baseUrl)

const shows = (url: string, text: string) => async () => (await (await get(url)).text()).includes(text)

describe('public pages from the full-route cache', () => {
  it.each(['/', '/sv/evenemang', '/tapahtumat?when=weekend&utm_source=x', '/no/such/page', '/en/events/new'])(
    'serves %s from the cache, cacheable by a shared cache, with an ETag that answers 304',
    async (path) => {
      await get(portal + path)
      // A page made in the second before a change elsewhere was seen is made once more.
      await new Promise((resolve) => setTimeout(resolve, 1500))
      await get(portal + path)
      const response = await get(portal + path)
      expect(response.headers.get('x-nextjs-cache')).toBe('HIT')
      expect(response.headers.get('cache-control')).toBe('public, s-maxage=1, stale-while-revalidate=59')
      expect(response.headers.get('x-middleware-rewrite')).toBeNull()
      expect(response.headers.get('set-cookie')).toBeNull()
      const etag = response.headers.get('etag')
      expect(etag).toBeTruthy()
      expect((await get(portal + path, { 'If-None-Match': etag! })).status).toBe(304)
    },
  )

  it('never lets a shared cache keep a logged-in editor’s view, the event form’s token or its answers', async () => {
    const editor = (await get(`${portal}/`, { Cookie: 'payload-token=x' })).headers.get('cache-control')
    expect(editor).toMatch(/^private, no-cache, no-store/)
    const token = await get(`${portal}/tapahtumat/uusi/token`)
    expect(token.headers.get('cache-control')).toMatch(/^private\b.*no-store/)
    expect(JSON.parse(await token.text())).toMatchObject({ token: expect.stringMatching(/\./) })
    // The form's page itself is the same for everyone: no token of its own, nothing personal.
    const form = await (await get(`${portal}/tapahtumat/uusi`)).text()
    expect(form).toMatch(/<input type="hidden" name="token" value=""\/>/)
  })

  it('builds absolute URLs from the site’s own domain, never from the Host header', async () => {
    const html = await (await get(`http://evil.example:${port}/`)).text()
    // The host name is a route param (in the page's payload), never part of a URL.
    expect(html).not.toMatch(/https?:\/\/evil\.example/)
    expect(html).toContain('href="https://visitkaustisenseutu.fi/"')
  })

  it('shows a publish, an unpublish and a delete on every affected page within 2 s', async () => {
    const headers = await login()
    const name = `Välimuistin testi ${Date.now()}`
    // Cached before the change.
    for (const path of ['/', '/tapahtumat']) await get(portal + path)
    const id = await publishEvent(headers, { name, shortDescription: 'Julkaistu testissä', startsAt: daysAhead(3) })
    const eventPage = `${portal}/tapahtumat/${id}`
    expect(await msUntil(shows(`${portal}/tapahtumat`, name))).toBeLessThan(2000)
    expect(await msUntil(shows(`${portal}/`, name))).toBeLessThan(2000)
    expect((await get(eventPage)).status).toBe(200)

    await fetch(`${baseUrl}/api/events/${id}`, { method: 'PATCH', headers, body: JSON.stringify({ _status: 'draft' }) })
    expect(await msUntil(async () => (await get(eventPage)).status === 404)).toBeLessThan(2000)
    expect(await msUntil(async () => !(await shows(`${portal}/tapahtumat`, name)()))).toBeLessThan(2000)

    await fetch(`${baseUrl}/api/events/${id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(await msUntil(async () => (await get(eventPage)).status === 200)).toBeLessThan(2000)
    await fetch(`${baseUrl}/api/events/${id}`, { method: 'DELETE', headers })
    expect(await msUntil(async () => (await get(eventPage)).status === 404)).toBeLessThan(2000)
  })

  // The worker is a separate `payload jobs:run`: runNode replaces one that stalls for 60 s (Node 20
  // and tsx's loader, src/server/keepAlive.mjs) and gives the second its own five minutes.
  it('takes an event page down when a job worker runs its scheduled unpublish', async () => {
    const headers = await login()
    const id = await publishEvent(headers, {
      name: `Ajastettu poisto ${Date.now()}`,
      shortDescription: 'Poistuu ajastetusti',
      startsAt: daysAhead(5),
    })
    const eventPage = `${portal}/tapahtumat/${id}`
    // Its data is now cached too: before, a change a worker made stayed unseen for minutes.
    expect(await msUntil(async () => (await get(eventPage)).status === 200)).toBeLessThan(2000)
    // What the admin's "schedule unpublish" queues, due now; a separate worker process runs it.
    await database.query(
      `INSERT INTO payload_jobs (input, task_slug, queue, wait_until) VALUES ($1, 'schedulePublish', 'default', now())`,
      [JSON.stringify({ type: 'unpublish', doc: { relationTo: 'events', value: String(id) } })],
    )
    await runNode([...PAYLOAD_CLI, 'jobs:run', '--queue', 'default', '--limit', '10'], { DATABASE_URL: databaseUrl })
    const { rows } = await database.query(`SELECT _status FROM events WHERE id = $1`, [id])
    expect(rows[0]._status).toBe('draft')
    expect(await msUntil(async () => (await get(eventPage)).status === 404)).toBeLessThan(2000)
    await fetch(`${baseUrl}/api/events/${id}`, { method: 'DELETE', headers })
  }, 420_000)

  it('keeps every other event’s page cached when one event changes', async () => {
    const headers = await login()
    const fields = { shortDescription: 'Yksi muuttuu, toinen ei', startsAt: daysAhead(4) }
    const changed = await publishEvent(headers, { ...fields, name: `Muuttuva ${Date.now()}` })
    const unchanged = await publishEvent(headers, { ...fields, name: `Muuttumaton ${Date.now()}` })
    const [changedPage, unchangedPage] = [changed, unchanged].map((id) => `${portal}/tapahtumat/${id}`)
    // The server reads the cache tags at most once a second: a page made before it has read
    // these publishes would be made once more when it does. Once it has, a page is made once
    // and kept.
    await new Promise((resolve) => setTimeout(resolve, REFRESH_MS + 100))
    const cache = async () => (await get(unchangedPage)).headers.get('x-nextjs-cache')
    expect([await cache(), await cache()]).toEqual(['MISS', 'HIT'])
    const renamed = `Muutettu ${Date.now()}`
    await fetch(`${baseUrl}/api/events/${changed}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ name: renamed }),
    })
    expect(await msUntil(shows(changedPage, renamed))).toBeLessThan(2000)
    expect(await msUntil(shows(`${portal}/tapahtumat`, renamed))).toBeLessThan(2000)
    expect(await cache()).toBe('HIT')
    for (const id of [changed, unchanged]) await fetch(`${baseUrl}/api/events/${id}`, { method: 'DELETE', headers })
  })
})

/** With the sync on, publishing needs a topic the regional calendar knows (a YSO keyword). */
async function topicWithKeyword(): Promise<number[]> {
  const found = (await (await fetch(`${baseUrl}/api/topics?limit=1&where[ysoId][exists]=true`)).json()) as {
    docs: { id: number }[]
  }
  return found.docs.map((topic) => topic.id)
}

/** A published online event on the large-projects portal, by the editor; its id. */
async function publishEvent(
  headers: Record<string, string>,
  fields: { name: string; shortDescription: string; startsAt: string },
): Promise<number> {
  const sites = (await (await fetch(`${baseUrl}/api/sites`)).json()) as { docs: { id: number; key: string }[] }
  const organisations = (await (await fetch(`${baseUrl}/api/organisations?limit=1`)).json()) as {
    docs: { id: number }[]
  }
  const created = await fetch(`${baseUrl}/api/events`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      ...fields,
      onlineUrl: 'https://example.org',
      organiser: organisations.docs[0].id,
      topics: await topicWithKeyword(),
      sites: sites.docs.filter((site) => site.key === 'business').map((site) => site.id),
      _status: 'published',
    }),
  })
  expect(created.status).toBe(201)
  return ((await created.json()) as { doc: { id: number } }).doc.id
}
