import { sql } from '@payloadcms/db-postgres'
import { unstable_cache } from 'next/cache'
import type { SitemapEntry } from '@/lib/sitemap'
import type { Where } from 'payload'
import { NEWS_TAG } from '@/lib/cacheTags'
import { defaultLocale, locales, type Locale } from '@/lib/locales'
import type { NewsKind } from '@/lib/news'
import type { NewsFilters } from '@/lib/newsFilters'
import { newsListPath, newsPath } from '@/lib/paths'
import type { Event, Media, News, Topic } from '@/payload-types'
import { querySql } from '@/server/sql'
import { payload } from './payload'
import type { PublicSite } from './sites'

export const NEWS_PAGE_SIZE = 12

export type NewsImage = {
  url: string
  width?: number | null
  height?: number | null
  alt: string
  mimeType?: string | null
  filesize?: number | null
  credit?: string | null
}

export type NewsCard = {
  id: number
  kind: NewsKind
  title: string
  lead: string
  slug: string
  publishedAt: string
  updatedAt: string
  author?: string | null
  image?: NewsImage
}

/** An image as a page shows it: the named size when the upload has it (a card, a hero), else the original. */
export function imageOf(value: unknown, size?: 'card' | 'large'): NewsImage | undefined {
  if (typeof value !== 'object' || !value) return undefined
  const media = value as Media
  const variant = size ? media.sizes?.[size] : undefined
  const url = variant?.url ?? media.url
  if (!url) return undefined
  return {
    url,
    width: variant?.url ? variant.width : media.width,
    height: variant?.url ? variant.height : media.height,
    alt: media.alt ?? '',
    mimeType: variant?.url ? variant.mimeType : media.mimeType,
    filesize: variant?.url ? variant.filesize : media.filesize,
    credit: media.credit,
  }
}

const toCard = (doc: News): NewsCard => ({
  id: doc.id,
  kind: doc.kind,
  title: doc.title ?? '',
  lead: doc.lead ?? '',
  slug: doc.slug ?? '',
  publishedAt: doc.publishedAt ?? doc.createdAt,
  updatedAt: doc.updatedAt,
  author: doc.author,
  image: imageOf(doc.heroImage, 'card'),
})

/**
 * A site's published items in one language, newest first. A Swedish or English list holds only
 * the items translated into it (a title of their own): Payload publishes every language at once
 * (payload#14672), and a list of Finnish texts under a Swedish heading would be read aloud in the
 * wrong language. An untranslated item still answers at its Finnish slug (see resolveNews).
 */
function newsWhere(siteId: number, locale: Locale, filters: Omit<NewsFilters, 'page'>): Where {
  const conditions: Where[] = [{ sites: { in: [siteId] } }]
  if (locale !== defaultLocale) conditions.push({ title: { exists: true } }, { title: { not_equals: '' } })
  if (filters.kind) conditions.push({ kind: { equals: filters.kind } })
  if (filters.topic) conditions.push({ topics: { in: [filters.topic] } })
  return { and: conditions }
}

async function findNews(siteId: number, locale: Locale, filters: NewsFilters, limit: number, exclude?: number) {
  const where = newsWhere(siteId, locale, filters)
  const result = await (
    await payload()
  ).find({
    collection: 'news',
    where: exclude ? { and: [where, { id: { not_equals: exclude } }] } : where,
    locale,
    sort: ['-publishedAt', '-id'],
    page: filters.page,
    limit,
    depth: 1,
    overrideAccess: false,
    select: {
      kind: true,
      title: true,
      lead: true,
      slug: true,
      publishedAt: true,
      author: true,
      heroImage: true,
      createdAt: true,
      updatedAt: true,
    },
  })
  return { items: result.docs.map(toCard), total: result.totalDocs, pages: Math.max(1, result.totalPages) }
}

const tags = [NEWS_TAG, 'topics', 'sites']

const cachedList = unstable_cache(
  (siteId: number, locale: Locale, filtersJson: string, limit: number) =>
    findNews(siteId, locale, JSON.parse(filtersJson) as NewsFilters, limit),
  ['news-list'],
  { tags },
)

/** One page of a site's news list with its filters. */
export function listNews(siteId: number, locale: Locale, filters: NewsFilters, limit = NEWS_PAGE_SIZE) {
  return cachedList(siteId, locale, JSON.stringify(filters), limit)
}

/** The front page's and the feeds' newest items. */
export async function latestNews(siteId: number, locale: Locale, count: number) {
  return (await listNews(siteId, locale, { page: 1 }, count)).items
}

/** Topics for the list's filter, in one language. */
export const newsTopicChoices = unstable_cache(
  async (locale: Locale) => {
    const topics = await (
      await payload()
    ).find({ collection: 'topics', locale, sort: 'name', limit: 200, depth: 0, overrideAccess: false })
    return topics.docs.map((topic: Topic) => ({ value: String(topic.id), label: topic.name }))
  },
  ['news-topic-choices'],
  { tags: ['topics'] },
)

type Resolved = { id: number; translated: boolean } | { redirect: string } | undefined

/**
 * What a news address of a site answers in `locale`: the published item whose slug in that
 * language it is (a language without its own falls back to the Finnish slug); else the item it
 * names in another language, or named before its slug changed (`news_slug_history`), as a
 * redirect to its address in this language. One statement.
 */
async function resolve(siteId: number, locale: Locale, slug: string): Promise<Resolved> {
  const rows = await querySql<{ id: number; kind: NewsKind; slug: string; translated: boolean }>(
    await payload(),
    sql`WITH matches AS (
          SELECT l._parent_id AS id, 0 AS rank, now() AS at FROM news_locales l WHERE l.slug = ${slug}
          UNION ALL
          SELECT h.news_id, 1, h.recorded_at FROM news_slug_history h WHERE h.slug = ${slug}
        )
        SELECT n.id, n.kind, coalesce(nullif(own.slug, ''), fi.slug) AS slug,
          coalesce(own.title, '') <> '' AS translated
        FROM matches m
        JOIN news n ON n.id = m.id AND n._status = 'published'
        JOIN news_rels s ON s.parent_id = n.id AND s.path = 'sites' AND s.sites_id = ${siteId}
        LEFT JOIN news_locales own ON own._parent_id = n.id AND own._locale = ${locale}
        LEFT JOIN news_locales fi ON fi._parent_id = n.id AND fi._locale = 'fi'
        ORDER BY coalesce(nullif(own.slug, ''), fi.slug) = ${slug} DESC, m.rank, m.at DESC
        LIMIT 1`,
  )
  const row = rows[0]
  if (!row) return undefined
  if (row.slug === slug) return { id: row.id, translated: locale === defaultLocale || row.translated }
  return { redirect: newsPath(locale, row.slug, row.kind) }
}

export const resolveNews = unstable_cache(resolve, ['news-resolve'], { tags: [NEWS_TAG] })

async function loadArticle(siteId: number, locale: Locale, id: number) {
  const client = await payload()
  const doc = await client.findByID({ collection: 'news', id, locale, depth: 2, overrideAccess: false })
  const topics = (doc.topics ?? []).flatMap((topic) => (typeof topic === 'object' ? [topic.id] : [topic]))
  const sameTopics =
    topics.length > 0 ? await findNews(siteId, locale, { page: 1, topic: topics[0] }, 3, id) : undefined
  const related = sameTopics?.items.length
    ? sameTopics.items
    : (await findNews(siteId, locale, { page: 1 }, 3, id)).items
  const events = (doc.relatedEvents ?? []).filter(
    (event): event is Event => typeof event === 'object' && event._status === 'published',
  )
  // The item's own address in each language it is translated into; Finnish always.
  const slugs = await querySql<{ locale: Locale; slug: string }>(
    client,
    sql`SELECT l._locale AS locale, l.slug FROM news_locales l
        WHERE l._parent_id = ${id} AND coalesce(l.slug, '') <> '' AND (l._locale = 'fi' OR coalesce(l.title, '') <> '')`,
  )
  const languages: Partial<Record<Locale, string>> = Object.fromEntries(
    slugs.map((row) => [row.locale, newsPath(row.locale, row.slug, doc.kind)]),
  )
  return { doc, related, languages, events: events.map((event) => ({ id: event.id, name: event.name ?? '' })) }
}

/**
 * One published item with its related news (the newest of the site's others that share its first
 * topic, else the newest) and published related events. Tagged `news`: the related list changes
 * with any publish.
 */
export const getNewsArticle = unstable_cache(loadArticle, ['news-article'], {
  tags: [NEWS_TAG, 'events', 'topics'],
})

/**
 * The sitemap's news entries of a site: the lists, and each published item at its Finnish address
 * with its translations as alternates (an untranslated language has none).
 */
export const newsSitemapEntries = unstable_cache(
  async (site: Pick<PublicSite, 'id'>): Promise<SitemapEntry[]> => {
    const rows = await querySql<{ id: number; kind: NewsKind; updatedAt: string; slugs: Record<string, string> }>(
      await payload(),
      sql`SELECT n.id, n.kind, to_char(n.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt",
            jsonb_object_agg(l._locale, l.slug) FILTER (WHERE coalesce(l.slug, '') <> ''
              AND (l._locale = 'fi' OR coalesce(l.title, '') <> '')) AS slugs
          FROM news n
          JOIN news_rels s ON s.parent_id = n.id AND s.path = 'sites' AND s.sites_id = ${site.id}
          JOIN news_locales l ON l._parent_id = n.id
          WHERE n._status = 'published'
          GROUP BY n.id ORDER BY n.published_at DESC NULLS LAST, n.id DESC`,
    )
    const newest = rows.reduce((max, row) => (row.updatedAt > max ? row.updatedAt : max), '')
    const lists = [false, true].map((pressReleases) => ({
      paths: Object.fromEntries(locales.map((locale) => [locale, newsListPath(locale, pressReleases)])),
      lastModified: newest,
    }))
    const items = rows
      .filter((row) => row.slugs?.fi)
      .map((row) => ({
        paths: Object.fromEntries(
          locales
            .filter((locale) => row.slugs[locale])
            .map((locale) => [locale, newsPath(locale, row.slugs[locale], row.kind)]),
        ),
        lastModified: row.updatedAt,
      }))
    return rows.length > 0 ? [...lists, ...items] : []
  },
  ['news-sitemap'],
  { tags: [NEWS_TAG] },
)
