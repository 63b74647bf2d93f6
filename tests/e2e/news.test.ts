import sax from 'sax'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { demoSites } from '../../src/seed/demo'
import { expectNoAxeViolations, useBrowserPage } from '../helpers/browser'
import { editorHeaders, getAs } from '../helpers/http'

const port = inject('appPort')
const baseUrl = inject('baseUrl')
const hosts = {
  regional: `kaustisenseutu.localhost:${port}`,
  tourism: `visitkaustisenseutu.localhost:${port}`,
  business: `suurhanketoimisto.localhost:${port}`,
}

/** Absolute links come from each site's first host name, never the request's (production: https). */
const origins = Object.fromEntries(demoSites.map((site) => [site.key, `https://${site.hostnames[0]}`])) as Record<
  keyof typeof hosts,
  string
>

type Answer = {
  status: number
  location?: string
  contentType?: string
  cache?: string
  cacheControl?: string
  body: string
}

/** A GET as the site `host` (`name:port`), redirects not followed. */
async function get(host: string, path: string): Promise<Answer> {
  const { status, headers, body } = await getAs(port, host.split(':')[0], path)
  return {
    status,
    location: headers.location,
    contentType: headers['content-type'],
    cache: [headers['x-nextjs-cache'] ?? []].flat()[0],
    cacheControl: headers['cache-control'],
    body,
  }
}

/** Polls until `check` holds (a publish reaches every instance's cache within about a second). */
async function eventually(check: () => Promise<boolean>, ms = 20_000): Promise<boolean> {
  const start = Date.now()
  while (!(await check())) {
    if (Date.now() - start > ms) return false
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return true
}

/** The links of a feed's items, read by sax (an XML parser of its own, not the feed's writer). */
function feedLinks(xml: string): { links: string[]; enclosures: string[] } {
  const parser = sax.parser(true)
  const links: string[] = []
  const enclosures: string[] = []
  const open: string[] = []
  parser.onopentag = (tag) => {
    open.push(tag.name)
    const attribute = (name: string) => {
      const value = tag.attributes[name]
      return typeof value === 'string' ? value : value?.value
    }
    const inItem = open.includes('item') || open.includes('entry')
    const url = attribute('url')
    if (tag.name === 'enclosure' && url) enclosures.push(url)
    const href = attribute('href')
    if (tag.name === 'link' && inItem && href) (attribute('rel') === 'enclosure' ? enclosures : links).push(href)
  }
  parser.ontext = (text) => {
    if (open.at(-1) === 'link' && open.includes('item') && text.trim()) links.push(text.trim())
  }
  parser.onclosetag = () => void open.pop()
  parser.write(xml).close()
  return { links, enclosures }
}

let headers: Record<string, string>
let siteIds: Record<keyof typeof hosts, number>

async function api(method: string, path: string, body?: unknown) {
  const response = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as { doc: { id: number; slug: string } }
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
  return json.doc
}

const suffix = Date.now().toString(36)
let published: { id: number; slug: string; sv: string; en: string }

beforeAll(async () => {
  headers = await editorHeaders(baseUrl)
  const sites = (await (await fetch(`${baseUrl}/api/sites?limit=10`, { headers })).json()) as {
    docs: { id: number; key: keyof typeof hosts }[]
  }
  siteIds = Object.fromEntries(sites.docs.map((site) => [site.key, site.id])) as typeof siteIds
  const doc = await api('POST', '/news', {
    title: `Kahden sivuston uutinen ${suffix}`,
    lead: 'Julkaistu seudun ja matkailun sivustoilla.',
    kind: 'news',
    sites: [siteIds.regional, siteIds.tourism],
    _status: 'published',
  })
  const sv = await api('PATCH', `/news/${doc.id}?locale=sv`, { title: `Nyhet på två webbplatser ${suffix}` })
  const en = await api('PATCH', `/news/${doc.id}?locale=en`, { title: `News on two sites ${suffix}` })
  published = { id: doc.id, slug: doc.slug, sv: sv.slug, en: en.slug }
})

describe('news published on two of three sites', () => {
  it('is listed and answers on those two sites only', async () => {
    for (const host of [hosts.regional, hosts.tourism]) {
      expect(await eventually(async () => (await get(host, '/uutiset')).body.includes(published.slug))).toBe(true)
      expect((await get(host, `/uutiset/${published.slug}`)).status).toBe(200)
    }
    expect((await get(hosts.business, '/uutiset')).body).not.toContain(published.slug)
    expect((await get(hosts.business, `/uutiset/${published.slug}`)).status).toBe(404)
  })

  it('is in those two sites’ RSS and Atom feeds with absolute links, and not in the third’s', async () => {
    for (const format of ['rss', 'atom'] as const) {
      for (const [key, host] of Object.entries(hosts)) {
        const answer = await get(host, `/uutiset/${format}.xml`)
        expect(answer.status).toBe(200)
        expect(answer.contentType).toContain(format === 'rss' ? 'application/rss+xml' : 'application/atom+xml')
        const { links, enclosures } = feedLinks(answer.body)
        const origin = origins[key as keyof typeof hosts]
        const link = `${origin}/uutiset/${published.slug}`
        if (key === 'business') expect(links).not.toContain(link)
        else expect(links).toContain(link)
        expect(links.length).toBeGreaterThan(0)
        expect(links.every((href) => href.startsWith(`${origin}/`))).toBe(true)
        // The demo news carry hero images: enclosures, absolute too.
        expect(enclosures.length).toBeGreaterThan(0)
        expect(enclosures.every((href) => href.startsWith(`${origin}/api/media/file/`))).toBe(true)
      }
    }
    const swedish = feedLinks((await get(hosts.regional, '/sv/nyheter/rss.xml')).body)
    expect(swedish.links).toContain(`${origins.regional}/sv/nyheter/${published.sv}`)
  })

  it('answers at its address in each language, another language’s slug with a 308 to its own', async () => {
    const sv = await get(hosts.regional, `/sv/nyheter/${published.sv}`)
    expect(sv.status).toBe(200)
    expect(sv.body).toContain('<html lang="sv"')
    expect(sv.body).toContain(`Nyhet på två webbplatser ${suffix}`)
    const en = await get(hosts.regional, `/en/news/${published.en}`)
    expect(en.status).toBe(200)
    expect(en.body).toContain(`News on two sites ${suffix}`)
    const fromFinnish = await get(hosts.regional, `/sv/nyheter/${published.slug}`)
    expect(fromFinnish.status).toBe(308)
    expect(fromFinnish.location).toBe(`/sv/nyheter/${published.sv}`)
    expect(sv.body).toContain(`hrefLang="en" href="${origins.regional}/en/news/${published.en}"`)
  })

  it('answers its old address with a 308 to the new one after its slug changes', async () => {
    const renamed = await api('PATCH', `/news/${published.id}`, { slug: `uusi-osoite-${suffix}` })
    expect(await eventually(async () => (await get(hosts.regional, `/uutiset/${published.slug}`)).status === 308)).toBe(
      true,
    )
    const old = await get(hosts.regional, `/uutiset/${published.slug}`)
    expect(old.location).toBe(`/uutiset/${renamed.slug}`)
    expect((await get(hosts.regional, `/uutiset/${renamed.slug}`)).status).toBe(200)
  })
})

describe('news pages from the full-route cache', () => {
  it.each([
    '/uutiset',
    '/sv/nyheter?kind=blog',
    '/tiedotteet',
    '/uutiset/vetelin-tuulivoimahankkeen-ymparistoarviointi-valmistui',
  ])('serves %s from the cache, cacheable by a shared cache', async (path) => {
    await get(hosts.business, path)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await get(hosts.business, path)
    const answer = await get(hosts.business, path)
    expect(answer.cache).toBe('HIT')
    expect(answer.cacheControl).toBe('public, s-maxage=1, stale-while-revalidate=59')
  })
})

describe('what visitors never see', () => {
  it('a draft: not listed, not in a feed, no page', async () => {
    const draft = await api('POST', '/news?draft=true', {
      title: `Luonnos ${suffix}`,
      lead: 'Ei vielä julki.',
      kind: 'news',
      sites: [siteIds.regional],
      _status: 'draft',
    })
    // A publish of another item makes the lists anew: the draft must still be missing then.
    await api('PATCH', `/news/${published.id}`, { lead: 'Päivitetty ingressi.' })
    expect(
      await eventually(async () => (await get(hosts.regional, '/uutiset')).body.includes('Päivitetty ingressi.')),
    ).toBe(true)
    expect((await get(hosts.regional, '/uutiset')).body).not.toContain(`Luonnos ${suffix}`)
    expect((await get(hosts.regional, '/uutiset/rss.xml')).body).not.toContain(draft.slug)
    expect((await get(hosts.regional, `/uutiset/${draft.slug}`)).status).toBe(404)
  })
})

describe('press releases and languages', () => {
  it('lists press releases on their own, at their own addresses in three languages', async () => {
    const fi = await get(hosts.regional, '/tiedotteet')
    expect(fi.status).toBe(200)
    expect(fi.body).toContain('Kunnat ottavat käyttöön yhteisen sähköisen asioinnin')
    expect(fi.body).not.toContain('Vetelin tuulivoimahankkeen ympäristöarviointi valmistui')
    expect(fi.body).toContain('href="/tiedotteet/kunnat-ottavat-kayttoon-yhteisen-sahkoisen-asioinnin"')
    expect((await get(hosts.regional, '/sv/pressmeddelanden')).body).toContain(
      'Kommunerna tar i bruk en gemensam e-tjänst',
    )
    expect((await get(hosts.regional, '/en/press-releases')).body).toContain(
      'The municipalities introduce shared online services',
    )
    expect((await get(hosts.regional, '/tiedotteet/kunnat-ottavat-kayttoon-yhteisen-sahkoisen-asioinnin')).status).toBe(
      200,
    )
  })

  it('filters the list by kind and pages it, through the address', async () => {
    const blogs = await get(hosts.regional, '/uutiset?kind=blog&utm_source=x')
    expect(blogs.body).toContain('Blogi: Miksi kirjoitamme uutisen vain kerran')
    expect(blogs.body).not.toContain('Kylien digituki jatkuu kirjastoissa')
  })

  it('shows an untranslated item in Finnish, marked so, and leaves it off the Swedish list', async () => {
    const slug = 'kylien-digituki-jatkuu-kirjastoissa'
    expect((await get(hosts.regional, '/uutiset')).body).toContain('Kylien digituki jatkuu kirjastoissa')
    expect((await get(hosts.regional, '/sv/nyheter')).body).not.toContain('Kylien digituki jatkuu kirjastoissa')
    const page = await get(hosts.regional, `/sv/nyheter/${slug}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain('<article class="news-article" lang="fi">')
    expect(page.body).toContain('Den här nyheten finns bara på finska.')
    expect(page.body).toContain(`<link rel="canonical" href="${origins.regional}/uutiset/${slug}"`)
    // Only the languages it has: no Swedish or English version to point a search engine to.
    expect(page.body).not.toMatch(/<link rel="alternate" hrefLang="sv"/)
  })

  it('lists the latest news on each site’s front page', async () => {
    expect((await get(hosts.business, '/')).body).toContain(
      'Akkumateriaalitehtaan alihankintapäivä kokosi 120 yritystä',
    )
    expect((await get(hosts.tourism, '/en')).body).toContain('The folk music festival programme is out')
  })
})

describe('accessibility of the news pages', () => {
  const { page } = useBrowserPage()
  const paths = [
    '/uutiset',
    '/uutiset/vetelin-tuulivoimahankkeen-ymparistoarviointi-valmistui',
    '/sv/nyheter',
    '/sv/nyheter/kylien-digituki-jatkuu-kirjastoissa',
    '/en/news',
    '/en/news/environmental-assessment-of-the-veteli-wind-power-project-completed',
  ]
  it.each(paths)('%s has no WCAG 2.1 A/AA violations', async (path) => {
    const response = await page().goto(`http://${hosts.regional}${path}`)
    expect(response?.status()).toBe(200)
    await expectNoAxeViolations(page())
  })
})

afterAll(async () => {
  if (published) await api('DELETE', `/news/${published.id}`).catch(() => undefined)
})
