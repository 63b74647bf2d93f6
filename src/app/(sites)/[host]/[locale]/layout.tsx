import type { Metadata } from 'next'
import type React from 'react'
import { dictionary } from '@/i18n/site'
import { defaultLocale, isLocale, locales, type Locale } from '@/lib/locales'
import { localePath } from '@/lib/paths'
import { LanguageSwitcher } from '../../components/LanguageSwitcher'
import { listSites, siteForHost, siteUrl } from '../../data/sites'
import { requestContext } from '../../data/request'
import '../../sites.css'

type Props = { children: React.ReactNode; params: Promise<{ host: string; locale: string }> }

async function resolve(params: Props['params']) {
  const { host, locale: raw } = await params
  const locale: Locale = isLocale(raw) ? raw : defaultLocale
  const site = await siteForHost(decodeURIComponent(host))
  return { locale, site }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, site } = await resolve(params)
  const { path, origin } = await requestContext()
  const name = site?.name[locale] ?? 'Seutu CMS'
  return {
    metadataBase: new URL(origin),
    title: { default: name, template: `%s – ${name}` },
    description: site?.tagline[locale],
    alternates: {
      canonical: localePath(locale, path),
      languages: {
        ...Object.fromEntries(locales.map((code) => [code, localePath(code, path)])),
        'x-default': localePath(defaultLocale, path),
      },
    },
  }
}

export default async function SiteLayout({ children, params }: Props) {
  const { locale, site } = await resolve(params)
  const { path, origin } = await requestContext()
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
            <LanguageSwitcher locale={locale} path={path} />
          </div>
          <nav aria-label={t.mainNav} className="main-nav">
            <ul>
              <li>
                <a href={localePath(locale, '/')} aria-current={path === '/' ? 'page' : undefined}>
                  {t.home}
                </a>
              </li>
              <li>
                <a href={localePath(locale, '/events')} aria-current={path.startsWith('/events') ? 'page' : undefined}>
                  {t.events}
                </a>
              </li>
            </ul>
          </nav>
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
                      <a href={siteUrl(other, origin)}>{other.name[locale]}</a>
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
