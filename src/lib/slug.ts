/** The longest slug a title makes; an editor may write a shorter one. */
export const MAX_SLUG_LENGTH = 80

/** What an address segment of ours may be: lower-case letters a–z, digits and single hyphens between them. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * A URL slug from a title in any of our languages: "Kaustisen kansanmusiikkijuhlat 2027" →
 * `kaustisen-kansanmusiikkijuhlat-2027`. Ä, ö and å lose their dots and ring (as Finnish
 * addresses write them: hyvinvointialue, not hyvinvointiälue), other accents likewise; anything
 * else that is not a letter or a digit becomes a hyphen. Cut at a word boundary.
 */
export function slugify(title: string): string {
  const plain = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (plain.length <= MAX_SLUG_LENGTH) return plain
  const cut = plain.slice(0, MAX_SLUG_LENGTH + 1)
  const boundary = cut.lastIndexOf('-')
  return (boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '')
}
