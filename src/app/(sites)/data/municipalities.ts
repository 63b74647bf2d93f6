import { unstable_cache } from 'next/cache'
import type { Locale } from '@/lib/locales'
import { payload } from './payload'

/** Member municipalities in one language, cached until a municipality changes. */
export const memberMunicipalities = unstable_cache(
  async (locale: Locale) => {
    const result = await (
      await payload()
    ).find({
      collection: 'municipalities',
      where: { member: { equals: true } },
      locale,
      sort: 'name',
      limit: 50,
      depth: 0,
      overrideAccess: false,
    })
    return result.docs.map((doc) => ({ code: doc.code, name: doc.name }))
  },
  ['member-municipalities'],
  { tags: ['municipalities'] },
)
