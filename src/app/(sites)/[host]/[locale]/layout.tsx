import type { Metadata } from 'next'
import type React from 'react'
import { dictionary } from '@/i18n/site'
import { defaultLocale, isLocale, type Locale } from '@/lib/locales'
import { localePath } from '@/lib/paths'
import { LanguageSwitcher, MainNav } from '../../components/SiteNav'
import { listSites, siteForHost, siteOrigin, siteUrl } from '../../data/sites'
import '../../sites.css'

type Props = { children: React.ReactNode; params: Promise<{ host: string; locale: string }> }

/**
 * Every public page is rendered from its route params alone and kept in Next's full-route cache
 * until its data changes (tags, see src/server/nextCacheHandler.mjs) or a minute has passed (the
 * calendar moves on with the clock). No site or language is known at build time: each is
 * rendered on its first request.
 */
export const revalidate = 60
export const generateStaticParams = (): { host: string; locale: string }[] => []

async function resolve(params: Props['params']) {
  const { host, locale: raw } = await params
  const locale: Locale = isLocale(raw) ? raw : defaultLocale
  const site = await siteForHost(decodeURIComponent(host))
  return { locale, site }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, site } = await resolve(params)
  const name = site?.name[locale] ?? 'Seutu CMS'
  const origin = site && siteOrigin(site)
  return {
    metadataBase: origin ? new URL(origin) : undefined,
    title: { default: name, template: `%s – ${name}` },
    description: site?.tagline[locale],
  }
}

export default async function SiteLayout({ children, params }: Props) {
  const { locale, site } = await resolve(params)
  const t = dictionary(locale)
  const others = (await listSites()).filter((other) => other.id !== site?.id)
  return (
    <html lang={locale}>
      <body data-site={site?.key ?? 'none'}>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <header className="site-header">
          <div className="wrap header-row">
            <a className="site-name" href={localePath(locale, '/')}>
              {site?.name[locale] ?? 'Seutu CMS'}
            </a>
            <LanguageSwitcher
              locale={locale}
              label={t.languageNav}
              names={{
                fi: dictionary('fi').languageName,
                sv: dictionary('sv').languageName,
                en: dictionary('en').languageName,
              }}
            />
          </div>
          <MainNav locale={locale} label={t.mainNav} home={t.home} events={t.events} news={t.news.title} />
        </header>
        <main id="main" tabIndex={-1} className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap footer-grid">
            <div>
              <p className="footer-title">{site?.name[locale]}</p>
              <p>{t.footerNote}</p>
            </div>
            {site?.contactEmail ? (
              <div>
                <h2 className="footer-heading">{t.contact}</h2>
                <p>
                  <a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a>
                </p>
              </div>
            ) : null}
            {others.length > 0 ? (
              <div>
                <h2 className="footer-heading">{t.otherSites}</h2>
                <ul>
                  {others.map((other) => (
                    <li key={other.id}>
                      <a href={siteUrl(other)}>{other.name[locale]}</a>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        </footer>
      </body>
    </html>
  )
}
