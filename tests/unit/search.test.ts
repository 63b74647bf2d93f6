import { describe, expect, it } from 'vitest'
import { searchWords } from '../../src/lib/search'

describe('the words of a search', () => {
  it('are lower-case letters and digits, each once, whatever stands between them', () => {
    expect(searchWords('  Kyläilta: TUULIVOIMA, tuulivoima ja Veteli!  ')).toEqual([
      'kyläilta',
      'tuulivoima',
      'ja',
      'veteli',
    ])
    expect(searchWords('Tapahtuma 99')).toEqual(['tapahtuma', '99'])
  })

  it('keep accented letters as one word, in one Unicode form', () => {
    // "ä" typed as "a" + a combining diaeresis is the same word as the precomposed "ä".
    expect(searchWords('kyla\u0308ssa\u0308 Café')).toEqual(['kylässä', 'café'])
  })

  it('leave out single characters, symbols alone and words past the eighth', () => {
    expect(searchWords('a % _ \\ ;')).toEqual([])
    expect(searchWords('yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän')).toHaveLength(8)
  })
})
