import type { TextField } from 'payload'
import { isHttpUrl } from '../lib/url'
import { message } from './messages'
import { t3 } from './labels'
import { MAX_TEXT } from './textLimits'

/** An optional web address; anything but an absolute http(s) URL gets a clear message. */
export function urlField(name: string, label: ReturnType<typeof t3>, overrides: Partial<TextField> = {}): TextField {
  return {
    name,
    type: 'text',
    label,
    maxLength: MAX_TEXT.url,
    ...overrides,
    hooks: {
      beforeValidate: [({ value }: { value?: unknown }) => (typeof value === 'string' ? value.trim() || null : value)],
    },
    validate: (value: string | string[] | null | undefined, { req }: { req: Parameters<typeof message>[0] }) => {
      if (value === null || value === undefined || value === '') return true
      return typeof value === 'string' && isHttpUrl(value) ? true : message(req, 'invalidUrl')
    },
  } as TextField
}
