'use client'

import { useSelectedLayoutSegments } from 'next/navigation'
import { localePath, localisedPath, newsListPath, publicPathOf } from '@/lib/paths'
import { locales, type Locale } from '@/lib/locales'

/**
 * The language links and the main navigation of the layout. They need the page's path, which a
 * layout is not given; reading it from the request would render every page per request, so these
 * small client components take it from the route's segments (rendered on the server as well).
 */
function usePublicPath(): string {
  return publicPathOf(useSelectedLayoutSegments())
}

/** Links to this page in each language; each link is announced in its own language. */
export function LanguageSwitcher({
  locale,
  label,
  names,
}: {
  locale: Locale
  label: string
  names: Record<Locale, string>
}) {
  const path = usePublicPath()
  return (
    <nav aria-label={label} className="languages">
      <ul>
        {locales.map((code) => (
          <li key={code}>
            <a
              href={localisedPath(code, path)}
              hrefLang={code}
              lang={code}
              aria-current={code === locale ? 'true' : undefined}
            >
              {names[code]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** The site's main navigation, the current section marked. */
export function MainNav({
  locale,
  label,
  home,
  events,
  news,
}: {
  locale: Locale
  label: string
  home: string
  events: string
  news: string
}) {
  const path = usePublicPath()
  return (
    <nav aria-label={label} className="main-nav">
      <ul>
        <li>
          <a href={localePath(locale, '/')} aria-current={path === '/' ? 'page' : undefined}>
            {home}
          </a>
        </li>
        <li>
          <a href={newsListPath(locale)} aria-current={path.startsWith('/news') ? 'page' : undefined}>
            {news}
          </a>
        </li>
        <li>
          <a href={localePath(locale, '/events')} aria-current={path.startsWith('/events') ? 'page' : undefined}>
            {events}
          </a>
        </li>
      </ul>
    </nav>
  )
}
