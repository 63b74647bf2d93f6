import { notFound, permanentRedirect, redirect } from 'next/navigation'
import { defaultLocale, isLocale } from '@/lib/locales'
import { redirectFor } from '../../../data/redirects'
import { siteForHost } from '../../../data/sites'

/** Cached like every page: an unknown path's answer depends on its path alone. */
export const generateStaticParams = (): { rest: string[] }[] => []

type Props = { params: Promise<{ host: string; locale: string; rest: string[] }> }

/**
 * Any path no page claims: the redirect an editor made for it (an old address of the site), else
 * the site's own 404 page in the visitor's language.
 */
export default async function UnknownPage({ params }: Props) {
  const { host, locale: raw, rest } = await params
  const locale = isLocale(raw) ? raw : defaultLocale
  const site = await siteForHost(decodeURIComponent(host))
  if (!site) notFound()
  // The path as the visitor asked it (the proxy has refused what cannot be decoded).
  const below = `/${rest.map((segment) => decodeURIComponent(segment)).join('/')}`
  const path = locale === defaultLocale ? below : `/${locale}${below}`
  const found = await redirectFor(site.id, path, locale)
  if (found) (found.permanent ? permanentRedirect : redirect)(found.to)
  notFound()
}
