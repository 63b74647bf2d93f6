import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { dictionary } from '../../src/i18n/site'
import { demoSites } from '../../src/seed/demo'
import { useBrowserPage } from '../helpers/browser'
import { editorHeaders } from '../helpers/http'

const port = inject('appPort')
const baseUrl = inject('baseUrl')
const database = new pg.Pool({ connectionString: inject('appDatabaseUrl'), max: 1 })
afterAll(() => database.end())

const { page } = useBrowserPage()
const tourism = demoSites.find((site) => site.key === 'tourism')!

/** A published event of the tourism site, with a description in rich text. */
async function publishEvent(headers: Record<string, string>): Promise<number> {
  const [sites, organisations, topics] = await Promise.all(
    ['/api/sites', '/api/organisations?limit=1', '/api/topics?where[ysoId][exists]=true&limit=1'].map(
      async (path) =>
        ((await (await fetch(`${baseUrl}${path}`)).json()) as { docs: { id: number; key?: string }[] }).docs,
    ),
  )
  const created = await fetch(`${baseUrl}/api/events`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      name: `Virhesivun testi ${Date.now()}`,
      shortDescription: 'Sen kuvaus rikotaan tietokannassa',
      startsAt: new Date(Date.now() + 9 * 86_400_000).toISOString(),
      onlineUrl: 'https://example.org',
      organiser: organisations[0].id,
      topics: [topics[0].id],
      sites: sites.filter((site) => site.key === tourism.key).map((site) => site.id),
      _status: 'published',
    }),
  })
  expect(created.status).toBe(201)
  return ((await created.json()) as { doc: { id: number } }).doc.id
}

describe('a page that fails to render', () => {
  it('shows the site’s own error page with a 500, in the visitor’s language, in the site layout', async () => {
    const headers = await editorHeaders(baseUrl)
    const id = await publishEvent(headers)
    // A description the rich-text renderer cannot read, as a bad migration or a hand-made SQL
    // edit could leave it: the event page's render throws on it.
    const { rows } = await database.query(
      `UPDATE events_locales SET description = '{"root": {"type": "root", "children": "broken"}}'::jsonb
       WHERE _parent_id = $1 RETURNING id`,
      [id],
    )
    expect(rows.length).toBeGreaterThan(0)
    try {
      const response = await page().goto(`http://visitkaustisenseutu.localhost:${port}/sv/evenemang/${id}`)
      const sv = dictionary('sv')
      expect(response?.status()).toBe(500)
      // Next sends a failed render as its error shell and draws the error page in the browser
      // (vercel/next.js#62228, as for a 404): wait for it rather than race it.
      await page().waitForSelector('html[lang] main h1')
      expect(await page().getAttribute('html', 'lang')).toBe('sv')
      expect(await page().locator('main h1').textContent()).toBe(sv.errorTitle)
      expect(await page().locator('main').textContent()).toContain(sv.errorText)
      // The tourism site's own header and footer, in Swedish.
      expect(await page().locator('.site-header .site-name').textContent()).toContain(tourism.name.sv)
      expect(await page().locator('.site-footer .footer-title').textContent()).toBe(tourism.name.sv)
      // Next's details of the failure stay out of the page.
      expect(await page().content()).not.toContain('broken')
    } finally {
      await database.query(`UPDATE events_locales SET description = NULL WHERE _parent_id = $1`, [id])
      await fetch(`${baseUrl}/api/events/${id}`, { method: 'DELETE', headers })
    }
  })
})
