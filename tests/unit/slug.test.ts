import { describe, expect, it } from 'vitest'
import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugify } from '../../src/lib/slug'

describe('slugs', () => {
  it('are made from titles in Finnish, Swedish and English', () => {
    expect(slugify('Kaustisen kansanmusiikkijuhlat 2027')).toBe('kaustisen-kansanmusiikkijuhlat-2027')
    expect(slugify('Älykäs seutu: digipalvelut käyttöön!')).toBe('alykas-seutu-digipalvelut-kayttoon')
    expect(slugify('Byafton i Vetil – vindkraft & framtid')).toBe('byafton-i-vetil-vindkraft-framtid')
    expect(slugify('  Åre, Øresund, Straße  ')).toBe('are-oresund-strasse')
  })

  it('fit the pattern of our addresses and stop at a word boundary', () => {
    const long = slugify('Suurhanke '.repeat(20))
    expect(long.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(long.endsWith('suurhanke')).toBe(true)
    expect(SLUG_PATTERN.test(long)).toBe(true)
    expect(SLUG_PATTERN.test('Iso-kirjain')).toBe(false)
    expect(SLUG_PATTERN.test('kaksi--viivaa')).toBe(false)
  })
})
