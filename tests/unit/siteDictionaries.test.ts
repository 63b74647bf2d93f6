import { describe, expect, it } from 'vitest'
import { dictionary, fill } from '../../src/i18n/site'

/** Every text of a dictionary by its dotted path. */
function flatten(value: unknown, path = ''): Record<string, string> {
  if (typeof value === 'string') return { [path]: value }
  return Object.assign(
    {},
    ...Object.entries(value as Record<string, unknown>).map(([key, inner]) =>
      flatten(inner, path ? `${path}.${key}` : key),
    ),
  )
}
const placeholders = (text: string) => (text.match(/\{\{?\w+\}\}?/g) ?? []).map((p) => p.replace(/[{}]/g, '')).sort()

describe('the public sites’ dictionaries', () => {
  it('have the same texts in Finnish, Swedish and English, with the same placeholders', () => {
    const fi = flatten(dictionary('fi'))
    for (const locale of ['sv', 'en'] as const) {
      const other = flatten(dictionary(locale))
      expect(Object.keys(other).sort()).toEqual(Object.keys(fi).sort())
      for (const [path, text] of Object.entries(fi))
        expect([path, placeholders(other[path])]).toEqual([path, placeholders(text)])
    }
  })

  it('fill in both our placeholders and those of texts shared with the admin', () => {
    expect(fill('Sivu {page} / {pages}', { page: 2, pages: 5 })).toBe('Sivu 2 / 5')
    expect(fill(dictionary('fi').submit.problems.shortDescriptionTooLong, { length: 170 })).toMatch(
      /^Lyhyt kuvaus on 170 merkkiä/,
    )
  })
})
