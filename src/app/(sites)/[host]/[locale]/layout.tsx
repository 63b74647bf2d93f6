import type { Metadata } from 'next'
import type React from 'react'
import { dictionary } from '@/i18n/site'
import { defaultLocale, isLocale, type Locale } from '@/lib/locales'
import { localePath } from '@/lib/paths'
import { AlertBanners } from '../../components/AlertBanners'
import { LanguageSwitcher, MainNav, type NavItem } from '../../components/SiteNav'
import { currentAlerts } from '../../data/alerts'
import { listSites, siteForHost, siteOrigin, siteUrl, type PublicSite, type SiteLink } from '../../data/sites'
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
    icons: site?.favicon ? { icon: [{ url: site.favicon.url, type: site.favicon.mimeType }] } : undefined,
  }
}

/** A menu link in the visitor's language: a page of the site, or an address. */
function navItem(link: SiteLink, locale: Locale): NavItem {
  return link.route
    ? { href: localePath(locale, link.route), label: link.label[locale], route: link.route }
    : { href: link.url?.[locale] ?? '/', label: link.label[locale] }
}

/** The site's menu; a site whose editors have set none gets the front page and the calendar. */
function mainNavigation(site: PublicSite | undefined, locale: Locale): NavItem[] {
  const t = dictionary(locale)
  if (site && site.navigation.length > 0) return site.navigation.map((link) => navItem(link, locale))
  return [
    { href: localePath(locale, '/'), label: t.home, route: '/' },
    { href: localePath(locale, '/news'), label: t.news.title, route: '/news' },
    { href: localePath(locale, '/events'), label: t.events, route: '/events' },
  ]
}

export default async function SiteLayout({ children, params }: Props) {
  const { locale, site } = await resolve(params)
  const t = dictionary(locale)
  const [sites, alerts] = await Promise.all([listSites(), site ? currentAlerts(site.id) : []])
  const others = sites.filter((other) => other.id !== site?.id)
  // A banner whose start is still ahead at this render waits for the next one (at most a minute).
  // The end is checked here too: the list is cached for up to a minute and may be served stale
  // to the very render that comes after a banner's end.
  const now = Date.now()
  const banners = alerts
    .filter((alert) => Date.parse(alert.startsAt) <= now && Date.parse(alert.endsAt) > now)
    .map((alert) => ({
      id: alert.id,
      severity: alert.severity,
      label: t.alertSeverity[alert.severity],
      text: alert.text[locale],
      endsAt: alert.endsAt,
    }))
  return (
    <html lang={locale}>
      <body data-site={site?.key ?? 'none'} style={site?.accentColor ? { '--accent': site.accentColor } : undefined}>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <AlertBanners alerts={banners} label={t.alertLabel} />
        <header className="site-header">
          <div className="wrap header-row">
            <a className="site-name" href={localePath(locale, '/')}>
              {site?.logo ? (
                // The name beside it says what the logo says.
                // eslint-disable-next-line @next/next/no-img-element -- an SVG logo needs no resizing
                <img src={site.logo.url} alt="" width={site.logo.width} height={site.logo.height} className="logo" />
              ) : null}
              <span>{site?.name[locale] ?? 'Seutu CMS'}</span>
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
          <MainNav label={t.mainNav} items={mainNavigation(site, locale)} />
        </header>
        <main id="main" tabIndex={-1} className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap footer-grid">
            <div>
              <p className="footer-title">{site?.name[locale]}</p>
              <p>{site?.footer.text[locale] || t.footerNote}</p>
            </div>
            {site && site.footer.links.length > 0 ? (
              <nav aria-label={t.footerNav}>
                <ul>
                  {site.footer.links.map((link) => {
                    const item = navItem(link, locale)
                    return (
                      <li key={`${item.href} ${item.label}`}>
                        <a href={item.href}>{item.label}</a>
                      </li>
                    )
                  })}
                </ul>
              </nav>
            ) : null}
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
