/** The content and site languages. Finnish is the default and the fallback (Language Act). */
export const locales = ['fi', 'sv', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'fi'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** A text in each language, as Payload accepts labels and as our dictionaries are keyed. */
export type Localised<T = string> = Record<Locale, T>

/** Each language's name in every admin language: the content locales' and the sites' language choices. */
export const languageNames: Record<Locale, Localised> = {
  fi: { fi: 'suomi', sv: 'finska', en: 'Finnish' },
  sv: { fi: 'ruotsi', sv: 'svenska', en: 'Swedish' },
  en: { fi: 'englanti', sv: 'engelska', en: 'English' },
}
