// Plain JavaScript: next.config.mjs builds its rewrites and redirects from this table, and it is
// read before any TypeScript is compiled. src/lib/paths.ts gives it to the app with its types.

/**
 * The first path segment of each section in the visitor's language. The app's route folders
 * keep the English name (`app/(sites)/[host]/[locale]/events/`); next.config.mjs rewrites the
 * public address to it, and the English-only address of an earlier release under `/` and `/sv`
 * answers with a permanent redirect to the new one.
 */
export const sectionSegments = {
  events: { fi: 'tapahtumat', sv: 'evenemang', en: 'events' },
  news: { fi: 'uutiset', sv: 'nyheter', en: 'news' },
}

/**
 * Sections served by another section's routes under words of their own: press releases are news
 * items of that kind (`/tiedotteet/<slug>` is the news route `news/<slug>`, the addresses
 * kaustisenseutu.fi uses today). Rewritten only: they had no English-only address to redirect
 * from, and links to them are made by `newsPath`.
 */
export const aliasSections = {
  pressReleases: { route: 'news', words: { fi: 'tiedotteet', sv: 'pressmeddelanden', en: 'press-releases' } },
}

/** Pages below a section whose own segment is a word, keyed by the route's path below the language. */
export const pageSegments = {
  'events/new': { fi: 'uusi', sv: 'ny', en: 'new' },
  'events/new/thanks': { fi: 'kiitos', sv: 'tack', en: 'thanks' },
}

/** Feeds named after their section, `<segment>.ics`, in the language folder. */
export const sectionFeeds = { events: '.ics' }

const LOCALES = /** @type {const} */ (['fi', 'sv', 'en'])

/**
 * Every route path (below the language) that has a public address of its own in some language,
 * with that address in each language; the longest first, so that the most specific one is
 * matched first.
 * @returns {{ route: string, public: Record<'fi' | 'sv' | 'en', string> }[]}
 */
export function localisedRoutes() {
  /** @type {{ route: string, public: Record<'fi' | 'sv' | 'en', string> }[]} */
  const routes = []
  for (const [section, words] of Object.entries(sectionSegments)) {
    routes.push({ route: `/${section}`, public: { ...words } })
    const feed = /** @type {Record<string, string>} */ (sectionFeeds)[section]
    if (feed)
      routes.push({
        route: `/${section}${feed}`,
        public: Object.fromEntries(LOCALES.map((l) => [l, `${words[l]}${feed}`])),
      })
  }
  for (const [route, words] of Object.entries(pageSegments)) {
    const parent = route.slice(0, route.lastIndexOf('/'))
    const parentRoute = routes.find((entry) => entry.route === `/${parent}`)
    if (!parentRoute) throw new Error(`pageSegments: ${route} has no parent ${parent} listed before it`)
    routes.push({
      route: `/${route}`,
      public: Object.fromEntries(LOCALES.map((l) => [l, `${parentRoute.public[l]}/${words[l]}`])),
    })
  }
  for (const entry of routes)
    entry.public = Object.fromEntries(
      LOCALES.map((l) => [l, entry.public[l].startsWith('/') ? entry.public[l] : `/${entry.public[l]}`]),
    )
  return routes.sort((a, b) => b.route.split('/').length - a.route.split('/').length)
}

const prefixOf = (/** @type {string} */ locale) => (locale === 'fi' ? '' : `/${locale}`)

/**
 * next.config.mjs's rewrites from the public address to the route, applied after the host and
 * language rewrite (`/<host>/<locale>/…`). Next applies every matching rewrite in turn, so the
 * most specific comes first: once it has matched, the path is the route's and no later rule of
 * this list matches it.
 */
export function localisedRewrites() {
  const aliases = Object.values(aliasSections).map(({ route, words }) => ({
    route: `/${route}`,
    public: Object.fromEntries(LOCALES.map((l) => [l, `/${words[l]}`])),
  }))
  return [...localisedRoutes(), ...aliases].flatMap((entry) =>
    LOCALES.filter((locale) => entry.public[locale] !== entry.route).flatMap((locale) =>
      withPathsBelow(entry.route, {
        source: `/:site/${locale}${entry.public[locale]}`,
        destination: `/:site/${locale}${entry.route}`,
      }),
    ),
  )
}

/**
 * A rule, and the same for every path below it (`/tapahtumat/12/event.ics`); a feed (a file name)
 * has nothing below it.
 * @template {{ source: string, destination: string }} Rule
 * @param {string} route
 * @param {Rule} rule
 * @returns {Rule[]}
 */
function withPathsBelow(route, rule) {
  if (route.includes('.')) return [rule]
  return [rule, { ...rule, source: `${rule.source}/:rest+`, destination: `${rule.destination}/:rest+` }]
}

/**
 * Permanent redirects (308) from the English route address, which Finnish and Swedish had before
 * their own words, to the address in the language: the rest of the path and the query are kept
 * (Next passes the query on). The most specific first: Next uses the first redirect that matches.
 */
export function oldAddressRedirects() {
  return localisedRoutes().flatMap((entry) =>
    LOCALES.filter((locale) => entry.public[locale] !== entry.route).flatMap((locale) =>
      withPathsBelow(entry.route, {
        source: `${prefixOf(locale)}${entry.route}`,
        destination: `${prefixOf(locale)}${entry.public[locale]}`,
        permanent: true,
      }),
    ),
  )
}
