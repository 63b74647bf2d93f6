/** Colours as editors give them (`#1d4f91`), and their WCAG 2.1 contrast. */

const HEX = /^#([0-9a-f]{6})$/i

/** `#RRGGBB` lower-cased, or undefined for anything else (`#abc` too: one form to check and store). */
export function parseHexColor(value: string): string | undefined {
  const match = HEX.exec(value.trim())
  return match ? `#${match[1].toLowerCase()}` : undefined
}

/** WCAG 2.1 relative luminance of an sRGB colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2.1 contrast ratio of two `#RRGGBB` colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}

/** WCAG 2.1 AA for normal text (1.4.3): the accent is used as white text's background and as link text on white. */
export const AA_NORMAL_TEXT = 4.5
