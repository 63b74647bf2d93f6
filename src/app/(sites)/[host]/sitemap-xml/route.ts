import { sitemapXml } from '@/lib/sitemap'
import { sitemapUrls } from '../../data/sitemapEntries'
import { siteForHost } from '../../data/sites'

/**
 * `/sitemap.xml` (next.config.mjs rewrites it here) of the site the host name picks: its pages in
 * every language with their `hreflang` alternates, absolute URLs from the site's own origin.
 * Rendered from the route's params alone and kept in Next's cache like a page (tags `sites`,
 * `events`; a minute at most).
 */
export const revalidate = 60
export const generateStaticParams = (): { host: string }[] => []

export async function GET(_request: Request, { params }: { params: Promise<{ host: string }> }) {
  const site = await siteForHost(decodeURIComponent((await params).host))
  if (!site) return new Response('Not found', { status: 404 })
  return new Response(sitemapXml(await sitemapUrls(site)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
