import { unstable_cache } from 'next/cache'
import type { Alert } from '@/payload-types'
import type { Locale } from '@/lib/locales'
import { payload } from './payload'

export type PublicAlert = {
  id: number
  severity: Alert['severity']
  text: Record<Locale, string>
  startsAt: string
  endsAt: string
}

type AllLocales = Partial<Record<Locale, string>> | string | null | undefined

function texts(value: AllLocales): Record<Locale, string> {
  const byLocale = typeof value === 'object' && value ? value : { fi: value ?? '' }
  const fi = byLocale.fi ?? ''
  return { fi, sv: byLocale.sv || fi, en: byLocale.en || fi }
}

const cachedAlerts = unstable_cache(
  async (siteId: number, now: string): Promise<PublicAlert[]> => {
    const result = await (
      await payload()
    ).find({
      collection: 'alerts',
      where: { and: [{ sites: { in: [siteId] } }, { endsAt: { greater_than: now } }] },
      locale: 'all',
      sort: 'startsAt',
      limit: 10,
      depth: 0,
      // Visitors read a notice only once it has started (the collection's access).
      overrideAccess: false,
    })
    return result.docs.map((doc: Alert) => ({
      id: doc.id,
      severity: doc.severity,
      text: texts(doc.text as AllLocales),
      startsAt: doc.startsAt,
      endsAt: doc.endsAt,
    }))
  },
  ['alerts'],
  { tags: ['alerts'], revalidate: 60 },
)

/**
 * The alert banners of a site that have started and not ended, cached under `alerts` per minute.
 * A page keeps a banner until it is rendered again (at most a minute, the layout's `revalidate`);
 * the banner hides itself in the browser at its end time (components/AlertBanners.tsx).
 */
export function currentAlerts(siteId: number): Promise<PublicAlert[]> {
  const now = new Date()
  now.setUTCSeconds(0, 0)
  return cachedAlerts(siteId, now.toISOString())
}
