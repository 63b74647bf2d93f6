import { describe, expect, it } from 'vitest'
import { AA_NORMAL_TEXT, contrastRatio, parseHexColor } from '../../src/lib/color'

describe('colours and their contrast', () => {
  it('reads #RRGGBB, and nothing else', () => {
    expect(parseHexColor(' #1D4F91 ')).toBe('#1d4f91')
    expect(parseHexColor('#abc')).toBeUndefined()
    expect(parseHexColor('blue')).toBeUndefined()
    expect(parseHexColor('#12345g')).toBeUndefined()
  })

  it('gives the WCAG contrast ratio', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5)
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1)
    // #767676 is the lightest grey that passes AA on white; #777777 fails.
    expect(contrastRatio('#ffffff', '#767676')).toBeGreaterThanOrEqual(AA_NORMAL_TEXT)
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(AA_NORMAL_TEXT)
  })
})
