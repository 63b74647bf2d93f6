import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

type Env = Record<string, string | undefined>

/**
 * Payload's e-mail over SMTP, configured from the environment (README, "Environment"):
 * SMTP_HOST, SMTP_PORT (587), SMTP_SECURE (TLS from the first byte; default only on port 465),
 * SMTP_USER and SMTP_PASSWORD (both or neither), SMTP_FROM and SMTP_FROM_NAME. Without
 * SMTP_HOST there is no adapter: Payload then only logs what it would have sent, and a production
 * start says so loudly (`smtpWarning`). `npm run dev` points these at its mail catcher.
 */
export function smtpEmail(env: Env = process.env): Promise<EmailAdapter> | undefined {
  if (!env.SMTP_HOST) return undefined
  const port = Number(env.SMTP_PORT || 587)
  return nodemailerAdapter({
    defaultFromAddress: env.SMTP_FROM || 'no-reply@localhost',
    defaultFromName: env.SMTP_FROM_NAME || 'Seutu CMS',
    // Checking the connection at start reports a wrong host or password early; during a build
    // or in development there is nothing to check yet.
    skipVerify: env.NODE_ENV !== 'production' || env.NEXT_PHASE === 'phase-production-build',
    transportOptions: {
      host: env.SMTP_HOST,
      port,
      secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } : undefined,
    },
  })
}

/** The warning a production start prints when no mail can be sent (password resets among it). */
export function smtpWarning(env: Env = process.env): string | undefined {
  if (env.NODE_ENV !== 'production' || env.SMTP_HOST) return undefined
  return [
    '',
    '!!! ================================================================== !!!',
    '!!!  SMTP_HOST is not set: this server sends NO e-mail.               !!!',
    '!!!  Password resets and notifications are only written to the log.   !!!',
    '!!!  Set SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD and SMTP_FROM.  !!!',
    '!!! ================================================================== !!!',
    '',
  ].join('\n')
}
