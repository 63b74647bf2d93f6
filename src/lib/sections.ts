import table from './sections.json'
import type { Locale } from './locales'

/**
 * The site's sections: each is one route folder under `app/(sites)/[host]/[locale]/` named by its
 * key (English), and each language's visitors see it under its own word (`/uutiset`,
 * `/sv/nyheter`, `/en/news`). The table is JSON because next.config.mjs, which is not compiled,
 * builds its rewrites from the same rows (public word → route folder), and src/proxy.ts sends the
 * route folder's name, asked in a language whose word differs, to that word with a 308.
 */
export type Section = keyof typeof table
export const sections: Record<Section, Record<Locale, string>> = table

function isSection(value: string): value is Section {
  return Object.hasOwn(sections, value)
}

/** The public word of the section a route path starts with: `/news/x` → `/uutiset/x` in Finnish. */
export function publicSectionPath(locale: Locale, path: string): string {
  const [, first = '', ...rest] = path.split('/')
  if (!isSection(first)) return path
  return ['', sections[first][locale], ...rest].join('/')
}

/**
 * The route folder of a public path in `locale` (`/uutiset/x` → `/news/x`), and whether the path
 * used a route folder's name where the language has another word (then it is redirected).
 */
export function routeSectionPath(locale: Locale, path: string): { route: string; misnamed: boolean } {
  const [, first = '', ...rest] = path.split('/')
  for (const [key, words] of Object.entries(sections)) {
    if (words[locale] === first) return { route: ['', key, ...rest].join('/'), misnamed: false }
  }
  return { route: path, misnamed: isSection(first) && sections[first][locale] !== first }
}
