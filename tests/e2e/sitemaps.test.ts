import sax from 'sax'
import { describe, expect, inject, it } from 'vitest'
import { getAs } from '../helpers/http'

const port = inject('appPort')
const baseUrl = inject('baseUrl')

type Url = { loc: string; lastmod?: string; alternates: Record<string, string> }

/** The sitemap read with an XML parser of its own (sax, strict), not with the code that wrote it. */
function parseSitemap(xml: string): { root: string; urls: Url[] } {
  const parser = sax.parser(true, { xmlns: true })
  const urls: Url[] = []
  let root = ''
  let current: Url | undefined
  let text = ''
  const path: string[] = []
  parser.onerror = (error) => {
    throw error
  }
  parser.onopentag = (node) => {
    const tag = node as sax.QualifiedTag
    path.push(tag.local)
    text = ''
    if (path.length === 1) root = `${tag.uri} ${tag.local}`
    if (tag.local === 'url' && tag.uri === 'http://www.sitemaps.org/schemas/sitemap/0.9')
      current = { loc: '', alternates: {} }
    if (tag.local === 'link' && tag.uri === 'http://www.w3.org/1999/xhtml' && current)
      current.alternates[tag.attributes.hreflang.value] = tag.attributes.href.value
  }
  parser.ontext = (chunk) => (text += chunk)
  parser.onclosetag = () => {
    const local = path.pop()
    if (!current) return
    if (local === 'loc') current.loc = text.trim()
    if (local === 'lastmod') current.lastmod = text.trim()
    if (local === 'url') urls.push(current)
  }
  parser.write(xml).close()
  return { root, urls }
}

/** The published events of a site, as the public API gives them. */
/** The ids of what the public REST API lists of `collection` on the site (published only, for anyone). */
async function publishedIds(collection: 'events' | 'news', siteKey: string) {
  const sites = (await (await fetch(`${baseUrl}/api/sites?where[key][equals]=${siteKey}&depth=0`)).json()) as {
    docs: { id: number }[]
  }
  const docs = (await (
    await fetch(`${baseUrl}/api/${collection}?where[sites][in]=${sites.docs[0].id}&limit=100&depth=0`)
  ).json()) as { docs: { id: number; slug?: string }[] }
  return docs.docs
}

const publishedEventIds = async (siteKey: string) =>
  (await publishedIds('events', siteKey)).map((event) => event.id).sort((a, b) => a - b)

const sites = [
  { key: 'regional', host: 'kaustisenseutu.localhost', origin: 'https://kaustisenseutu.fi' },
  { key: 'tourism', host: 'visitkaustisenseutu.localhost', origin: 'https://visitkaustisenseutu.fi' },
  { key: 'business', host: 'suurhanketoimisto.localhost', origin: 'https://suurhanketoimisto.fi' },
]

describe.each(sites)('the $key site’s sitemap.xml', ({ key, host, origin }) => {
  it('parses as a sitemap of the site’s own absolute addresses, every page in the languages it has', async () => {
    const response = await getAs(port, host, '/sitemap.xml')
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toMatch(/^application\/xml/)
    const { root, urls } = parseSitemap(response.body)
    expect(root).toBe('http://www.sitemaps.org/schemas/sitemap/0.9 urlset')
    const locs = urls.map((url) => url.loc)
    expect(locs).toEqual(expect.arrayContaining([`${origin}/`, `${origin}/sv`, `${origin}/en`]))
    expect(locs).toEqual(
      expect.arrayContaining([`${origin}/tapahtumat`, `${origin}/sv/evenemang`, `${origin}/en/events`]),
    )
    for (const url of urls) {
      expect(url.loc.startsWith(`${origin}/`)).toBe(true)
      // Every page has Finnish; an untranslated news item has nothing else.
      expect(Object.keys(url.alternates)).toEqual(expect.arrayContaining(['fi', 'x-default']))
      expect(['en', 'fi', 'sv', 'x-default']).toEqual(expect.arrayContaining(Object.keys(url.alternates)))
      expect(Object.values(url.alternates)).toContain(url.loc)
      expect(url.alternates['x-default']).toBe(url.alternates.fi)
      for (const alternate of Object.values(url.alternates)) expect(locs).toContain(alternate)
    }
    expect(urls.filter((url) => Object.keys(url.alternates).length === 4).length).toBeGreaterThan(urls.length / 2)
  })

  it('lists the site’s news lists in three languages and each of its published news items once in Finnish', async () => {
    const { urls } = parseSitemap((await getAs(port, host, '/sitemap.xml')).body)
    const locs = urls.map((url) => url.loc)
    expect(locs).toEqual(
      expect.arrayContaining([
        `${origin}/uutiset`,
        `${origin}/sv/nyheter`,
        `${origin}/en/news`,
        `${origin}/tiedotteet`,
      ]),
    )
    const items = locs.filter((loc) => /^https:\/\/[^/]+\/(uutiset|tiedotteet)\/[^/]+$/.test(loc))
    const news = await publishedIds('news', key)
    expect(items).toHaveLength(news.length)
  })

  it('lists exactly the site’s published events, each with its last change', async () => {
    const { urls } = parseSitemap((await getAs(port, host, '/sitemap.xml')).body)
    const events = urls.filter((url) => /\/tapahtumat\/\d+$/.test(url.loc))
    const ids = events.map((url) => Number(/(\d+)$/.exec(url.loc)![1])).sort((a, b) => a - b)
    expect(ids).toEqual(await publishedEventIds(key))
    expect(ids.length).toBeGreaterThan(0)
    for (const url of events) {
      expect(Number.isNaN(Date.parse(url.lastmod!))).toBe(false)
      const id = /(\d+)$/.exec(url.loc)![1]
      expect(url.alternates).toMatchObject({
        sv: `${origin}/sv/evenemang/${id}`,
        en: `${origin}/en/events/${id}`,
      })
    }
  })

  it('robots.txt names the sitemap and keeps crawlers out of the admin and the API', async () => {
    const response = await getAs(port, host, '/robots.txt')
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toMatch(/^text\/plain/)
    const lines = response.body.split('\n')
    expect(lines).toContain('User-agent: *')
    expect(lines).toContain('Disallow: /admin')
    expect(lines).toContain('Disallow: /api')
    expect(lines).toContain(`Sitemap: ${origin}/sitemap.xml`)
    expect(lines).not.toContain('Disallow: /')
  })
})

describe('robots.txt and sitemaps', () => {
  it('closes the CMS’s own host (ADMIN_HOST) to crawlers', async () => {
    const response = await getAs(port, '127.0.0.1', '/robots.txt')
    expect(response.body.split('\n')).toEqual(['User-agent: *', 'Disallow: /', ''])
  })

  it('are served from the page cache, publicly cacheable', async () => {
    for (const path of ['/robots.txt', '/sitemap.xml']) {
      await getAs(port, 'visitkaustisenseutu.localhost', path)
      const again = await getAs(port, 'visitkaustisenseutu.localhost', path)
      expect(again.headers['x-nextjs-cache'], path).toBe('HIT')
      expect(again.headers['cache-control'], path).toMatch(/^public/)
    }
  })

  it('exist once a site, not in a language folder', async () => {
    expect((await getAs(port, 'kaustisenseutu.localhost', '/sv/sitemap.xml')).status).toBe(404)
  })
})
