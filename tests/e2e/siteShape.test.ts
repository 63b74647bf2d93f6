import { afterAll, describe, expect, inject, it } from 'vitest'
import { demoBranding } from '../../src/seed/branding'
import { demoSites } from '../../src/seed/demo'
import { expectNoAxeViolations, launchChromium, useBrowserPage } from '../helpers/browser'
import { editorHeaders, getAs, msUntil } from '../helpers/http'

const port = inject('appPort')
const baseUrl = inject('baseUrl')
const { page } = useBrowserPage()

const hostOf = (site: (typeof demoSites)[number]) => site.hostnames.find((name) => name.endsWith('.localhost'))!
const languages = [
  { code: 'fi', prefix: '' },
  { code: 'sv', prefix: '/sv' },
  { code: 'en', prefix: '/en' },
] as const

/** `#rrggbb` as the browser computes it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`

/** A REST write as the demo editor on the CMS host; answers the stored document. */
async function createAs(collection: string, data: Record<string, unknown>) {
  const response = await fetch(`${baseUrl}/api/${collection}`, {
    method: 'POST',
    headers: await editorHeaders(baseUrl),
    body: JSON.stringify(data),
  })
  const body = (await response.json()) as { doc: { id: number } }
  expect(response.status, JSON.stringify(body)).toBe(201)
  return body.doc
}

async function deleteAs(collection: string, id: number) {
  await fetch(`${baseUrl}/api/${collection}/${id}`, { method: 'DELETE', headers: await editorHeaders(baseUrl) })
}

async function siteId(key: string) {
  const sites = (await (await fetch(`${baseUrl}/api/sites?where[key][equals]=${key}&depth=0`)).json()) as {
    docs: { id: number }[]
  }
  return sites.docs[0].id
}

describe.each(demoSites)('the $key site’s own look', (site) => {
  const branding = demoBranding[site.key]
  it.each(languages)('shows its logo, colour, icon, menu and footer ($code)', async ({ code, prefix }) => {
    await page().goto(`http://${hostOf(site)}:${port}${prefix}/`)
    expect(
      await page()
        .locator('.site-header')
        .evaluate((node) => getComputedStyle(node).backgroundColor),
    ).toBe(rgb(branding.accentColor))
    const logo = page().locator('.site-name img')
    expect(await logo.getAttribute('src')).toMatch(/^\/api\/media\/file\/logo-.*\.svg$/)
    expect(await logo.evaluate((node: HTMLImageElement) => node.complete && node.naturalWidth > 0)).toBe(true)
    expect(await page().locator('link[rel="icon"]').getAttribute('href')).toMatch(/favicon-.*\.svg/)
    expect(await page().locator('.main-nav a').allTextContents()).toEqual(branding.navigation.map((l) => l.label[code]))
    expect(await page().locator('.main-nav a[aria-current="page"]').textContent()).toBe(
      branding.navigation[0].label[code],
    )
    expect(await page().locator('.site-footer').textContent()).toContain(branding.footer.text[code])
    expect(await page().locator('.site-footer nav a').allTextContents()).toEqual(
      branding.footer.links.map((l) => l.label[code]),
    )
    await expectNoAxeViolations(page())
  })

  it('links its menu to the pages in the visitor’s language', async () => {
    await page().goto(`http://${hostOf(site)}:${port}/sv/`)
    const hrefs = await page()
      .locator('.main-nav a')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')))
    expect(hrefs).toContain('/sv/evenemang')
    await page().goto(`http://${hostOf(site)}:${port}/sv/evenemang`)
    expect(await page().locator('.main-nav a[aria-current="page"]').getAttribute('href')).toBe('/sv/evenemang')
  })
})

describe('an alert banner', () => {
  const created: number[] = []
  afterAll(async () => {
    for (const id of created) await deleteAs('alerts', id)
  })

  it('appears on every page of the chosen sites within 2 s, in each language, without WCAG violations', async () => {
    const [regional, tourism] = await Promise.all([siteId('regional'), siteId('tourism')])
    const text = { fi: `Vesikatko Vetelissä ${Date.now()}`, sv: 'Vattenavbrott i Vetil', en: 'Water outage in Veteli' }
    // Cached pages first, so the banner must reach them through their tags.
    for (const path of ['/', '/sv/evenemang', '/en/']) await getAs(port, 'visitkaustisenseutu.localhost', path)
    const alert = await createAs('alerts', {
      text: text.fi,
      severity: 'danger',
      sites: [regional, tourism],
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    })
    created.push(alert.id)
    for (const locale of ['sv', 'en'] as const)
      await fetch(`${baseUrl}/api/alerts/${alert.id}?locale=${locale}`, {
        method: 'PATCH',
        headers: await editorHeaders(baseUrl),
        body: JSON.stringify({ text: text[locale] }),
      })
    const shows = (path: string, wanted: string) => async () =>
      (await getAs(port, 'visitkaustisenseutu.localhost', path)).body.includes(wanted)
    expect(await msUntil(shows('/', text.fi))).toBeLessThan(2000)
    expect(await msUntil(shows('/sv/evenemang', text.sv))).toBeLessThan(2000)
    for (const { code, prefix } of languages) {
      await page().goto(`http://visitkaustisenseutu.localhost:${port}${prefix}/`)
      const banner = page().locator('.alerts')
      expect(await banner.getAttribute('aria-label')).toBe(
        { fi: 'Häiriötiedote', sv: 'Störningsmeddelande', en: 'Alert' }[code],
      )
      expect(await banner.textContent()).toContain(text[code])
      await expectNoAxeViolations(page())
    }
    // Not on the site it was not chosen for.
    expect((await getAs(port, 'suurhanketoimisto.localhost', '/')).body).not.toContain(text.fi)
  })

  it('leaves an open page at its end time, and the cached pages within about a minute of it', async () => {
    const business = await siteId('business')
    const text = `Myrskyvaroitus ${Date.now()}`
    const ends = Date.now() + 8000
    const alert = await createAs('alerts', {
      text,
      severity: 'warning',
      sites: [business],
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: new Date(ends).toISOString(),
    })
    created.push(alert.id)
    const shown = async () => (await getAs(port, 'suurhanketoimisto.localhost', '/')).body.includes(text)
    expect(await msUntil(shown, 2000)).toBeLessThan(2000)
    const browser = await launchChromium()
    try {
      const open = await browser.newPage()
      await open.goto(`http://suurhanketoimisto.localhost:${port}/`)
      expect(await open.locator('.alerts').textContent()).toContain(text)
      await open.locator('.alerts').waitFor({ state: 'detached', timeout: 12_000 })
      expect(Date.now()).toBeGreaterThanOrEqual(ends)
    } finally {
      await browser.close()
    }
    // The server's copy: the layout renders again at most a minute after it was made.
    const gone = await msUntil(async () => !(await shown()), 70_000)
    console.log(
      `alert banner gone from the server-rendered page ${Math.round((Date.now() - ends) / 1000)} s after its end`,
    )
    expect(gone).toBeLessThan(70_000)
    expect(Date.now() - ends).toBeLessThan(65_000)
  }, 120_000)
})

describe('a redirect an editor adds for an old address', () => {
  it('answers with a permanent redirect within 2 s, on its site only', async () => {
    const old = `/ajankohtaista/vanha-uutinen-${Date.now()}`
    // The old address has its cached 404 first.
    expect((await getAs(port, 'visitkaustisenseutu.localhost', old)).status).toBe(404)
    expect((await getAs(port, 'visitkaustisenseutu.localhost', old)).status).toBe(404)
    const redirect = await createAs('redirects', {
      from: `https://visitkaustisenseutu.fi${old}/`,
      to: { type: 'custom', url: '/tapahtumat' },
      sites: [await siteId('tourism')],
      type: '308',
    })
    const answer = async () => getAs(port, 'visitkaustisenseutu.localhost', old)
    expect(await msUntil(async () => (await answer()).status === 308)).toBeLessThan(2000)
    expect((await answer()).headers.location).toBe('/tapahtumat')
    expect((await getAs(port, 'kaustisenseutu.localhost', old)).status).toBe(404)
    await deleteAs('redirects', redirect.id)
    expect(await msUntil(async () => (await answer()).status === 404)).toBeLessThan(2000)
  })
})
