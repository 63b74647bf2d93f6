import type { Locale } from '../../lib/locales'
import { en } from './en'
import { fi, type Dictionary } from './fi'
import { sv } from './sv'

const dictionaries: Record<Locale, Dictionary> = { fi, sv, en }

/** The public sites' texts in one language. */
export function dictionary(locale: Locale): Dictionary {
  return dictionaries[locale]
}
export type { Dictionary }

/** A text with its placeholders filled in: `{name}`, or `{{name}}` in texts shared with the admin. */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{\{(\w+)\}\}|\{(\w+)\}/g, (_, shared?: string, own?: string) =>
    String(values[(shared ?? own)!] ?? ''),
  )
}
