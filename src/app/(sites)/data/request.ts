import { headers } from 'next/headers'
import { defaultLocale, isLocale, type Locale } from '@/lib/locales'

/** What the proxy learned about the request: the site's host, the language and the path within it. */
export async function requestContext(): Promise<{ host: string; locale: Locale; path: string; origin: string }> {
  const h = await headers()
  const locale = h.get('x-seutu-locale')
  const host = h.get('x-seutu-host') ?? 'localhost'
  const proto = h.get('x-forwarded-proto') ?? (process.env.NODE_ENV === 'production' ? 'https' : 'http')
  return {
    host,
    locale: isLocale(locale) ? locale : defaultLocale,
    path: h.get('x-seutu-path') ?? '/',
    origin: `${proto}://${h.get('host') ?? host}`,
  }
}
