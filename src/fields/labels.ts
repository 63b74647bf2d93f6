import type { Localised } from '../lib/locales'

/** A label or description in the three admin languages, in the order fi, sv, en. */
export const t3 = (fi: string, sv: string, en: string): Localised => ({ fi, sv, en })
