// Plain JavaScript: next.config.mjs reads it for its rewrites, before any TypeScript is compiled.

/**
 * The first path segment of each section in the visitor's language, by the internal route folder
 * it is served from (`app/(sites)/[host]/[locale]/<folder>`). next.config.mjs rewrites each
 * localised segment to its folder; src/lib/paths.ts builds the links.
 * Press releases are news items of their kind, listed and linked under their own segment.
 */
export const sectionSegments = {
  news: { fi: 'uutiset', sv: 'nyheter', en: 'news' },
  pressReleases: { fi: 'tiedotteet', sv: 'pressmeddelanden', en: 'press-releases' },
}

/** The route folder each section is served from. */
export const sectionFolders = { news: 'news', pressReleases: 'news' }
