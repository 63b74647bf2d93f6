import { headers } from 'next/headers'
import { defaultLocale, isLocale, type Locale } from '@/lib/locales'

/**
 * What the proxy learned about the request: the site's host, the language and the path within it.
 * For server actions only: a page or a feed reads its site and language from its route params,
 * which keeps it cacheable, and builds absolute URLs from the site's own domain (`siteOrigin`).
 */
export async function requestContext(): Promise<{ host: string; locale: Locale; path: string }> {
  const h = await headers()
  const locale = h.get('x-seutu-locale')
  return {
    host: h.get('x-seutu-host') ?? 'localhost',
    locale: isLocale(locale) ? locale : defaultLocale,
    path: h.get('x-seutu-path') ?? '/',
  }
}
