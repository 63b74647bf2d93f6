/**
 * Rules every event obeys however it arrives: typed in the admin, sent over the API or left by a
 * visitor in the public form.
 */

/** The regional calendar's limit for `short_description`. */
export const SHORT_DESCRIPTION_MAX = 160

/** Characters as a reader counts them (code points), not UTF-16 units or bytes. */
export const characterCount = (text: string): number => [...text].length
