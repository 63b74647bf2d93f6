/** At most this many words of a search are used; a longer one is a pasted text, not a search. */
const MAX_WORDS = 8

/**
 * The words of a visitor's search, as the text search matches them: lower-case, split at anything
 * that is not a letter or a digit, each once; single characters are left out (they would match
 * nearly everything).
 */
export function searchWords(text: string): string[] {
  const words =
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  return [...new Set(words.filter((word) => word.length > 1))].slice(0, MAX_WORDS)
}
