import type { PayloadRequest } from 'payload'
import { messages, type MessageKey } from '../i18n/admin/messages'

/** One of our own messages in the language of the request (the editor's admin language). */
export function message(
  req: Pick<PayloadRequest, 't'> | undefined,
  key: MessageKey,
  vars?: Record<string, string | number>,
): string {
  if (req?.t) return (req.t as (key: string, vars?: Record<string, unknown>) => string)(`seutu:${key}`, vars)
  return messages.fi[key].replace(/{{(\w+)}}/g, (_, name: string) => String(vars?.[name] ?? ''))
}
