/**
 * sitemap.xml (sitemaps.org 0.9, with `xhtml:link` language alternates as search engines read
 * them) and robots.txt, as text. Pure: the site's routes (src/app/(sites)/[host]/…) give the URLs.
 */

/**
 * A page of a site for its sitemap: its path in each language it has (a route path has one in
 * every language; an untranslated news item only its Finnish one), and when it last changed.
 */
export type SitemapEntry = { paths: Partial<Record<'fi' | 'sv' | 'en', string>>; lastModified?: string }

/** One address of the sitemap, with the same page in every language (its own address among them). */
export type SitemapUrl = { loc: string; lastModified?: string; alternates: Record<string, string> }

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

export function sitemapXml(urls: SitemapUrl[]): string {
  const lines = urls.map((url) => {
    const alternates = Object.entries(url.alternates).map(
      ([language, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(language)}" href="${escapeXml(href)}"/>`,
    )
    const lastModified = url.lastModified ? `<lastmod>${escapeXml(url.lastModified)}</lastmod>` : ''
    return `<url><loc>${escapeXml(url.loc)}</loc>${lastModified}${alternates.join('')}</url>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...lines,
    '</urlset>',
    '',
  ].join('\n')
}

/** robots.txt: everyone may read everything but `disallow`; the sitemap named when there is one. */
export function robotsTxt({
  disallow,
  allow = [],
  sitemap,
}: {
  disallow: string[]
  allow?: string[]
  sitemap?: string
}) {
  return [
    'User-agent: *',
    ...allow.map((path) => `Allow: ${path}`),
    ...disallow.map((path) => `Disallow: ${path}`),
    ...(sitemap ? ['', `Sitemap: ${sitemap}`] : []),
    '',
  ].join('\n')
}
