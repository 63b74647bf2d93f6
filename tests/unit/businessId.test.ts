import { describe, expect, it } from 'vitest'
import { normaliseBusinessId, vatNumberOf } from '../../src/lib/businessId'

describe('business ID (Y-tunnus)', () => {
  it('accepts a valid ID as typed', () => {
    expect(normaliseBusinessId('1006538-5')).toEqual({ ok: true, value: '1006538-5' })
  })

  it.each([' 1006538-5 ', '10065385', 'FI10065385', 'fi 1006538-5', '1006538\u00a0-5'])(
    'normalises %j to 1006538-5',
    (input) => {
      expect(normaliseBusinessId(input)).toEqual({ ok: true, value: '1006538-5' })
    },
  )

  it('reports a wrong check digit as a checksum error', () => {
    expect(normaliseBusinessId('1006538-4')).toEqual({ ok: false, reason: 'checksum' })
  })

  it('refuses bodies whose remainder is 1, for which no valid ID exists', () => {
    // 0000030: 3 × weight 4 = 12, and 12 mod 11 = 1.
    for (let digit = 0; digit <= 9; digit++) expect(normaliseBusinessId(`0000030-${digit}`).ok).toBe(false)
  })

  it.each(['', 'abc', '123456-7', '12345678-9', '1006538_5', 'SE10065385'])('reports %j as a format error', (input) => {
    expect(normaliseBusinessId(input)).toEqual({ ok: false, reason: 'format' })
  })

  it('makes the EU VAT number', () => {
    expect(vatNumberOf('1006538-5')).toBe('FI10065385')
  })
})
