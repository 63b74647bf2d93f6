import { describe, expect, it } from 'vitest'
import { robotsTxt, sitemapXml } from '../../src/lib/sitemap'

describe('sitemap.xml and robots.txt', () => {
  it('writes each address with its language versions, escaped', () => {
    const xml = sitemapXml([
      {
        loc: 'https://example.fi/a?b=1&c=2',
        lastModified: '2026-12-02T10:00:00Z',
        alternates: { fi: 'https://example.fi/a?b=1&c=2', sv: 'https://example.fi/sv/a' },
      },
    ])
    expect(xml).toContain('<loc>https://example.fi/a?b=1&amp;c=2</loc><lastmod>2026-12-02T10:00:00Z</lastmod>')
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="sv" href="https://example.fi/sv/a"/>')
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
  })

  it('names the sitemap after the rules', () => {
    expect(
      robotsTxt({ disallow: ['/admin'], allow: ['/api/media/file/'], sitemap: 'https://example.fi/sitemap.xml' }),
    ).toBe('User-agent: *\nAllow: /api/media/file/\nDisallow: /admin\n\nSitemap: https://example.fi/sitemap.xml\n')
  })
})
