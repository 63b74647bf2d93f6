import { unstable_cache } from 'next/cache'
import type { Site } from '@/payload-types'
import type { Locale } from '@/lib/locales'
import { payload } from './payload'

export type PublicSite = {
  id: number
  key: string
  name: Record<Locale, string>
  tagline: Record<Locale, string>
  hostnames: string[]
  defaultLocale: Locale
  contactEmail?: string | null
}

type AllLocales<T> = Partial<Record<Locale, T>> | T | null | undefined

function pick(value: AllLocales<string>, fallback = ''): Record<Locale, string> {
  const byLocale = typeof value === 'object' && value ? value : { fi: value ?? fallback }
  const fi = byLocale.fi ?? fallback
  return { fi, sv: byLocale.sv || fi, en: byLocale.en || fi }
}

/** Every site in every language, cached until a site changes (tag `sites`). */
export const listSites = unstable_cache(
  async (): Promise<PublicSite[]> => {
    const result = await (
      await payload()
    ).find({ collection: 'sites', locale: 'all', limit: 100, depth: 0, sort: 'id', overrideAccess: false })
    return result.docs.map((doc: Site) => ({
      id: doc.id,
      key: doc.key,
      name: pick(doc.name as AllLocales<string>),
      tagline: pick(doc.tagline as AllLocales<string>),
      hostnames: (doc.hostnames ?? []).map((entry) => entry.hostname),
      defaultLocale: doc.defaultLocale,
      contactEmail: doc.contactEmail,
    }))
  },
  ['sites'],
  { tags: ['sites'] },
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
