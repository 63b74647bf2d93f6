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
