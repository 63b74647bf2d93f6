import type { Locale } from '../../lib/locales'

/**
 * The error pages' texts, kept apart from the dictionaries (which spread them in): the error
 * pages are client components that ship with every page, and the whole dictionary would add
 * about 8 kB of JavaScript to each.
 */
export const errorPageTexts = {
  fi: {
    errorTitle: 'Jotain meni vikaan',
    errorText: 'Sivua ei voitu näyttää teknisen vian vuoksi. Yritä hetken kuluttua uudelleen tai palaa etusivulle.',
    tryAgain: 'Yritä uudelleen',
    backToFrontPage: 'Palaa etusivulle',
  },
  sv: {
    errorTitle: 'Något gick fel',
    errorText: 'Sidan kunde inte visas på grund av ett tekniskt fel. Försök igen om en stund eller gå till startsidan.',
    tryAgain: 'Försök igen',
    backToFrontPage: 'Till startsidan',
  },
  en: {
    errorTitle: 'Something went wrong',
    errorText:
      'The page could not be shown because of a technical fault. Try again in a moment or go to the front page.',
    tryAgain: 'Try again',
    backToFrontPage: 'Back to the front page',
  },
} satisfies Record<Locale, Record<'errorTitle' | 'errorText' | 'tryAgain' | 'backToFrontPage', string>>
