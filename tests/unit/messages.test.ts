import { describe, expect, it } from 'vitest'
import { messages } from '../../src/i18n/admin/messages'

describe('our admin messages', () => {
  it('exist in Finnish, Swedish and English with the same keys and placeholders', () => {
    const keys = Object.keys(messages.fi).sort()
    for (const locale of ['sv', 'en'] as const) {
      expect(Object.keys(messages[locale]).sort()).toEqual(keys)
      for (const key of keys) {
        const placeholders = (text: string) => (text.match(/{{\w+}}/g) ?? []).sort()
        expect(placeholders(messages[locale][key as keyof (typeof messages)['fi']])).toEqual(
          placeholders(messages.fi[key as keyof (typeof messages)['fi']]),
        )
      }
    }
  })
})
