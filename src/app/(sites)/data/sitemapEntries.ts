import { sql } from '@payloadcms/db-postgres'
import { unstable_cache } from 'next/cache'
import { defaultLocale, locales } from '@/lib/locales'
import { localePath } from '@/lib/paths'
import type { SitemapEntry, SitemapUrl } from '@/lib/sitemap'
import { querySql } from '@/server/sql'
import { newsSitemapEntries } from './news'
import { payload } from './payload'
import { siteOrigin, type PublicSite } from './sites'

/** A route path (`/events/12`), which has an address in every language. */
const inEveryLanguage = (route: string, lastModified?: string): SitemapEntry => ({
  paths: Object.fromEntries(locales.map((locale) => [locale, localePath(locale, route)])),
  lastModified,
})

/** The site's own pages: the front page and the calendar. */
export function sitePageSitemapEntries(): SitemapEntry[] {
  return [inEveryLanguage('/'), inEveryLanguage('/events')]
}

/** The sitemaps.org limit of addresses in one file, shared by the three language versions. */
const MAX_PAGES = Math.floor(50_000 / locales.length)

/**
 * The site's published events, each page with its last change, newest first. One statement: a
 * sitemap of every event through the Local API would load each event whole. Cached under
 * `events` (any publish, unpublish or delete changes it).
 */
const publishedEvents = unstable_cache(
  async (siteId: number) =>
    querySql<{ id: number; updated: string }>(
      await payload(),
      sql`SELECT e.id, to_char(e.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated
          FROM events e
          WHERE e._status = 'published'
            AND EXISTS (SELECT 1 FROM events_rels r WHERE r.parent_id = e.id AND r.path = 'sites' AND r.sites_id = ${siteId})
          ORDER BY e.updated_at DESC, e.id LIMIT ${MAX_PAGES}`,
    ),
  ['sitemap-events'],
  { tags: ['events'] },
)

/** Every published event of the site has a page. */
export async function eventSitemapEntries(site: PublicSite): Promise<SitemapEntry[]> {
  return (await publishedEvents(site.id)).map((row) => inEveryLanguage(`/events/${row.id}`, row.updated))
}

/**
 * The sources of a site's sitemap, one function each (a new kind of page adds its own here). Each
 * gives a page's paths in its languages; `sitemapUrls` makes the addresses of them.
 */
const sources: ((site: PublicSite) => SitemapEntry[] | Promise<SitemapEntry[]>)[] = [
  sitePageSitemapEntries,
  newsSitemapEntries,
  eventSitemapEntries,
]

/** The sitemap's addresses: every page in each language, each naming the others (`hreflang`). */
export async function sitemapUrls(site: PublicSite): Promise<SitemapUrl[]> {
  const origin = siteOrigin(site)
  const entries = (await Promise.all(sources.map(async (source) => source(site)))).flat().slice(0, MAX_PAGES)
  return entries.flatMap((entry) => {
    const alternates: Record<string, string> = Object.fromEntries(
      Object.entries(entry.paths).map(([locale, path]) => [locale, `${origin}${path}`]),
    )
    if (alternates[defaultLocale]) alternates['x-default'] = alternates[defaultLocale]
    return locales
      .filter((locale) => entry.paths[locale])
      .map((locale) => ({ loc: alternates[locale], lastModified: entry.lastModified, alternates }))
  })
}
