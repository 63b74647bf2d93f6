import { hostnameOf } from '@/lib/paths'
import { robotsTxt } from '@/lib/sitemap'
import { siteForHost, siteOrigin } from '../../data/sites'

/**
 * `/robots.txt`: a site's names its sitemap and keeps crawlers out of the admin and the API (but
 * not the media files its pages show); the CMS's own host (ADMIN_HOST) is closed to them whole.
 * Cached like a page, from the route's params alone.
 */
export const revalidate = 60
export const generateStaticParams = (): { host: string }[] => []

const text = (body: string) => new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

export async function GET(_request: Request, { params }: { params: Promise<{ host: string }> }) {
  const host = decodeURIComponent((await params).host)
  const adminHost = process.env.ADMIN_HOST?.trim().toLowerCase()
  if (adminHost && hostnameOf(host) === adminHost) return text(robotsTxt({ disallow: ['/'] }))
  const site = await siteForHost(host)
  return text(
    robotsTxt({
      allow: ['/api/media/file/'],
      disallow: ['/admin', '/api'],
      sitemap: site ? `${siteOrigin(site)}/sitemap.xml` : undefined,
    }),
  )
}
