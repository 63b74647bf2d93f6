import { inject } from 'vitest'
import type { CaughtMail } from '../../src/server/mailCatcher'

export { startMailCatcher, type CaughtMail, type MailCatcher } from '../../src/server/mailCatcher'

/**
 * The integration tests' mail catcher (started in databaseSetup.ts; the app's SMTP_HOST points at
 * it): the messages caught so far, newest first, read through its JSON API as a person would
 * read them in the viewer.
 */
export async function caughtMail(catcherUrl = inject('mailCatcherUrl')): Promise<CaughtMail[]> {
  const response = await fetch(`${catcherUrl}/api/messages`)
  return (await response.json()) as CaughtMail[]
}

/** Waits for the first message to `address` (mail is sent after the request that causes it). */
export async function mailTo(address: string, timeoutMs = 10_000, catcherUrl?: string): Promise<CaughtMail> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const hit = (await caughtMail(catcherUrl)).find((m) => m.to.includes(address.toLowerCase()))
    if (hit) return hit
    if (Date.now() > until) throw new Error(`No mail to ${address} within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
