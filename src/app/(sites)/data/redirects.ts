import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'
import type { Locale } from '@/lib/locales'
import { eventPath } from '@/lib/paths'
import type { Redirect } from '@/payload-types'
import { payload } from './payload'

export type FoundRedirect = { to: string; permanent: boolean }

/** The stored redirect of an old path of a site (uncached; the page reads it through `redirectFor`). */
export async function findRedirect(client: Payload, siteId: number, path: string) {
  const result = await client.find({
    collection: 'redirects',
    where: { and: [{ from: { equals: path } }, { sites: { in: [siteId] } }] },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  const doc = result.docs[0] as Redirect | undefined
  return doc ? { to: doc.to, type: doc.type } : undefined
}

/** Where a stored redirect goes, in the visitor's language when the target is our own content. */
export function redirectTarget(
  found: Awaited<ReturnType<typeof findRedirect>>,
  locale: Locale,
): FoundRedirect | undefined {
  const to = found?.to
  const reference = to?.type === 'reference' ? to.reference : undefined
  const target =
    reference?.relationTo === 'events'
      ? eventPath(locale, typeof reference.value === 'object' ? reference.value.id : reference.value)
      : to?.type === 'custom'
        ? to.url
        : undefined
  return target ? { to: target, permanent: found?.type !== '307' } : undefined
}

/**
 * Cached under `redirects`, so a new or changed redirect replaces the cached 404 page of its
 * path within about a second (src/server/nextCacheHandler.mjs).
 */
const cachedRedirect = unstable_cache(
  async (siteId: number, path: string) => findRedirect(await payload(), siteId, path),
  ['redirect'],
  { tags: ['redirects'] },
)

/** The redirect an editor has made for an old path of a site, or undefined. */
export async function redirectFor(siteId: number, path: string, locale: Locale): Promise<FoundRedirect | undefined> {
  return redirectTarget(await cachedRedirect(siteId, path), locale)
}
