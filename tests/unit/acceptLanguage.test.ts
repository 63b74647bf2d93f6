import { describe, expect, it } from 'vitest'
import { preferredLocale } from '../../src/lib/acceptLanguage'

describe('preferred language from Accept-Language', () => {
  it.each([
    ['fi-FI,fi;q=0.9,en;q=0.8', 'fi'],
    ['sv-FI,sv;q=0.9,fi;q=0.8', 'sv'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9,sv;q=0.5,en;q=0.7', 'en'],
    ['de-DE', 'fi'],
    ['', 'fi'],
    [null, 'fi'],
    ['en;q=0,sv', 'sv'],
  ])('%j → %s', (header, expected) => {
    expect(preferredLocale(header)).toBe(expected)
  })
})
