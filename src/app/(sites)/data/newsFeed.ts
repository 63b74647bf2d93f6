import { Feed } from 'feed'
import { dictionary, fill } from '@/i18n/site'
import { cacheableResponse } from '@/lib/httpCache'
import { defaultLocale, isLocale } from '@/lib/locales'
import { newsFeedPath, newsListPath, newsPath } from '@/lib/paths'
import { latestNews } from './news'
import { siteForHost, siteOrigin } from './sites'

/** How many of the newest items a feed carries. */
const FEED_ITEMS = 50

const contentTypes = { rss: 'application/rss+xml; charset=utf-8', atom: 'application/atom+xml; charset=utf-8' }

/**
 * A site's news in one language as RSS 2.0 or Atom: the newest items with full links from the
 * site's own origin and the hero image as an enclosure. Public and cacheable with an ETag, as the
 * event feeds are.
 */
export async function newsFeedResponse(
  request: Request,
  params: Promise<{ host: string; locale: string }>,
  format: 'rss' | 'atom',
): Promise<Response> {
  const { host, locale: raw } = await params
  const locale = isLocale(raw) ? raw : defaultLocale
  const site = await siteForHost(decodeURIComponent(host))
  if (!site) return new Response('Not found', { status: 404 })
  const t = dictionary(locale)
  const origin = siteOrigin(site)
  const items = await latestNews(site.id, locale, FEED_ITEMS)
  const home = `${origin}${newsListPath(locale)}`
  const feed = new Feed({
    id: home,
    title: fill(t.news.feedTitle, { site: site.name[locale] }),
    description: fill(t.news.feedDescription, { site: site.name[locale] }),
    link: home,
    language: locale,
    updated: items[0] ? new Date(items[0].updatedAt) : undefined,
    generator: false,
    feedLinks: { rss: `${origin}${newsFeedPath(locale, 'rss')}`, atom: `${origin}${newsFeedPath(locale, 'atom')}` },
    copyright: site.name[locale],
  })
  for (const item of items) {
    const link = `${origin}${newsPath(locale, item.slug, item.kind)}`
    feed.addItem({
      id: link,
      guid: link,
      link,
      title: item.title,
      description: item.lead,
      date: new Date(item.updatedAt),
      published: new Date(item.publishedAt),
      category: [{ name: t.news.kinds[item.kind] }],
      author: item.author ? [{ name: item.author }] : undefined,
      enclosure: item.image
        ? {
            url: `${origin}${item.image.url}`,
            type: item.image.mimeType ?? undefined,
            length: item.image.filesize ?? undefined,
          }
        : undefined,
    })
  }
  return cacheableResponse(request, format === 'rss' ? feed.rss2() : feed.atom1(), {
    'Content-Type': contentTypes[format],
  })
}
