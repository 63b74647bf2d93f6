import type { PayloadRequest } from 'payload'
import type { MessageKey } from '../i18n/admin/messages'
import { defaultLocale } from '../lib/locales'
import { message } from './messages'

/**
 * A localized text that must exist in Finnish, while Swedish and English may stay empty and fall
 * back to it. A new document must get it in whatever language it is first written.
 */
export const requiredInFinnish =
  (key: MessageKey) =>
  // Only `req` and `operation` are read, so the same rule serves text and textarea fields.
  (value: unknown, { req, operation }: { req: PayloadRequest; operation?: string }): true | string => {
    const locale = req?.locale ?? defaultLocale
    if (operation !== 'create' && locale !== defaultLocale) return true
    return typeof value === 'string' && value.trim().length > 0 ? true : message(req, key)
  }
