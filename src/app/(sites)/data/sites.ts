import { unstable_cache } from 'next/cache'
import type { Media, Site } from '@/payload-types'
import { parseHexColor } from '@/lib/color'
import type { Locale } from '@/lib/locales'
import { payload } from './payload'

/** A link of the site's menu or footer: one of its pages by route path, or a web address. */
export type SiteLink = { label: Record<Locale, string>; route?: string; url?: Record<Locale, string> }
export type SiteImage = { url: string; alt: Record<Locale, string>; width?: number; height?: number; mimeType?: string }

export type PublicSite = {
  id: number
  key: string
  name: Record<Locale, string>
  tagline: Record<Locale, string>
  hostnames: string[]
  defaultLocale: Locale
  contactEmail?: string | null
  /** `#rrggbb`, checked for contrast when saved. */
  accentColor?: string
  logo?: SiteImage
  favicon?: SiteImage
  /** Empty: the layout's own (front page, events). */
  navigation: SiteLink[]
  footer: { text: Record<Locale, string>; links: SiteLink[] }
}

type AllLocales<T> = Partial<Record<Locale, T>> | T | null | undefined

function pick(value: AllLocales<string>, fallback = ''): Record<Locale, string> {
  const byLocale = typeof value === 'object' && value ? value : { fi: value ?? fallback }
  const fi = byLocale.fi ?? fallback
  return { fi, sv: byLocale.sv || fi, en: byLocale.en || fi }
}

function imageOf(value: number | Media | null | undefined): SiteImage | undefined {
  if (!value || typeof value !== 'object' || !value.url) return undefined
  return {
    url: value.url,
    alt: pick(value.alt),
    width: value.width ?? undefined,
    height: value.height ?? undefined,
    mimeType: value.mimeType ?? undefined,
  }
}

/** A stored link read in every language (`locale: 'all'`): its texts are per-language objects. */
type StoredLink = { label?: AllLocales<string>; page?: string | null; url?: AllLocales<string> }

function linksOf(rows: StoredLink[] | null | undefined): SiteLink[] {
  return (rows ?? []).map((row) => {
    const url = row.url ? pick(row.url) : undefined
    return {
      label: pick(row.label),
      route: row.page ?? undefined,
      url: url?.fi ? url : undefined,
    }
  })
}

/**
 * Every site in every language with its look (logo, icon, colour) and links, cached until a site
 * or a media file changes (tags `sites`, `media`).
 */
export const listSites = unstable_cache(
  async (): Promise<PublicSite[]> => {
    const result = await (
      await payload()
    ).find({ collection: 'sites', locale: 'all', limit: 100, depth: 1, sort: 'id', overrideAccess: false })
    return result.docs.map((doc: Site) => ({
      id: doc.id,
      key: doc.key,
      name: pick(doc.name as AllLocales<string>),
      tagline: pick(doc.tagline as AllLocales<string>),
      hostnames: (doc.hostnames ?? []).map((entry) => entry.hostname),
      defaultLocale: doc.defaultLocale,
      contactEmail: doc.contactEmail,
      accentColor: doc.accentColor ? parseHexColor(doc.accentColor) : undefined,
      logo: imageOf(doc.logo),
      favicon: imageOf(doc.favicon),
      navigation: linksOf(doc.navigation),
      footer: { text: pick(doc.footer?.text as AllLocales<string>), links: linksOf(doc.footer?.links) },
    }))
  },
  ['sites'],
  { tags: ['sites', 'media'] },
)

/** The site a host name belongs to; an unknown host gets the site named by DEFAULT_SITE (regional). */
export async function siteForHost(host: string): Promise<PublicSite | undefined> {
  const sites = await listSites()
  return (
    sites.find((site) => site.hostnames.includes(host)) ??
    sites.find((site) => site.key === (process.env.DEFAULT_SITE ?? 'regional')) ??
    sites[0]
  )
}

/**
 * A site's own origin, from its configured host names and never from the request (a forged
 * `Host` must not reach a cached page): its first host name over https; in development its
 * `*.localhost` name on the development server's port; none configured: '' (relative links).
 */
export function siteOrigin(site: PublicSite): string {
  if (process.env.NODE_ENV !== 'production') {
    const local = site.hostnames.find((name) => name.endsWith('.localhost'))
    if (local) return `http://${local}:${process.env.PORT ?? 3000}`
  }
  return site.hostnames[0] ? `https://${site.hostnames[0]}` : ''
}

/** The front page URL of a site. */
export function siteUrl(site: PublicSite): string {
  return `${siteOrigin(site)}/`
}
