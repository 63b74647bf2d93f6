import { FinnishBusinessIds } from 'finnish-business-ids'

/**
 * Finnish business IDs (Y-tunnus). The checksum itself comes from `finnish-business-ids`
 * (≥ 3.1.1; earlier versions accepted invalid IDs); this module only recognises the ways people
 * type an ID, so that `10065385`, ` 1006538-5 ` and `FI10065385` all become `1006538-5`.
 */
export type BusinessIdResult = { ok: true; value: string } | { ok: false; reason: 'format' | 'checksum' }

export function normaliseBusinessId(input: string): BusinessIdResult {
  const compact = input.replace(/[\s\u00a0]/g, '').toUpperCase()
  const match = /^(?:FI)?(\d{7})-?(\d)$/.exec(compact)
  if (!match) return { ok: false, reason: 'format' }
  const value = `${match[1]}-${match[2]}`
  return FinnishBusinessIds.isValidBusinessId(value) ? { ok: true, value } : { ok: false, reason: 'checksum' }
}

/** The EU VAT number of a valid business ID: `FI` + the eight digits. */
export function vatNumberOf(businessId: string): string {
  return `FI${businessId.replace('-', '')}`
}
