import { defaultLocale, isLocale, type Locale } from './locales'

/**
 * The first of our languages a browser asks for (`fi-FI,fi;q=0.9,en;q=0.8` → fi), or Finnish.
 * Payload's own detection knows no Finnish and would pick English for that header.
 */
export function preferredLocale(header: string | null | undefined): Locale {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { base: tag.toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1, index }
    })
    .filter((entry) => entry.base && !Number.isNaN(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  const match = ranked.find((entry) => isLocale(entry.base))
  return match && isLocale(match.base) ? match.base : defaultLocale
}
