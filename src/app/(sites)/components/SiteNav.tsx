'use client'

import { useSelectedLayoutSegments } from 'next/navigation'
import { localePath, routePathOf } from '@/lib/paths'
import { locales, type Locale } from '@/lib/locales'

/**
 * The language links and the main navigation of the layout. They need the page's path, which a
 * layout is not given; reading it from the request would render every page per request, so these
 * small client components take it from the route's segments (rendered on the server as well).
 */
function usePublicPath(): string {
  return routePathOf(useSelectedLayoutSegments())
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
              href={localePath(code, path)}
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

/** A link of the site's menus: `route` (a route path) marks the current page's section. */
export type NavItem = { href: string; label: string; route?: string }

/** Whether the page at `path` (a route path) is in the section `route`. */
const inSection = (path: string, route: string) =>
  route === '/' ? path === '/' : path === route || path.startsWith(`${route}/`)

/**
 * The site's main navigation, the current section marked: the most specific link that holds the
 * page (the event form is not also "Events").
 */
export function MainNav({ label, items }: { label: string; items: NavItem[] }) {
  const path = usePublicPath()
  const current = items
    .filter((item) => item.route !== undefined && inSection(path, item.route))
    .sort((a, b) => b.route!.length - a.route!.length)[0]
  return (
    <nav aria-label={label} className="main-nav">
      <ul>
        {items.map((item) => (
          <li key={`${item.href} ${item.label}`}>
            <a href={item.href} aria-current={item === current ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
