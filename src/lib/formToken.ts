import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The public event form's anti-spam token: the time the form was rendered, signed with the
 * server's secret. People take more than a few seconds to fill in an event; scripts that post
 * straight away, or replay one captured form for days, do not pass. No third party is involved.
 */
export const FORM_MIN_AGE_MS = 3_000
export const FORM_MAX_AGE_MS = 4 * 3600_000

export type FormTokenCheck = 'ok' | 'tooFast' | 'expired' | 'invalid'

// The purpose is signed along, so no other value signed with the same secret passes as a token.
const signature = (secret: string, issuedAt: string) =>
  createHmac('sha256', secret).update(`event-form:${issuedAt}`).digest('base64url')

export function signFormToken(secret: string, now: number): string {
  const issuedAt = now.toString(36)
  return `${issuedAt}.${signature(secret, issuedAt)}`
}

export function checkFormToken(secret: string, token: unknown, now: number): FormTokenCheck {
  if (typeof token !== 'string') return 'invalid'
  const [issuedAt, signed, ...rest] = token.split('.')
  if (!issuedAt || !signed || rest.length > 0 || !/^[0-9a-z]{1,12}$/.test(issuedAt)) return 'invalid'
  const expected = Buffer.from(signature(secret, issuedAt))
  const given = Buffer.from(signed)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid'
  const age = now - parseInt(issuedAt, 36)
  if (age < FORM_MIN_AGE_MS) return 'tooFast'
  return age > FORM_MAX_AGE_MS ? 'expired' : 'ok'
}

/**
 * A pseudonym for the client, for counting its submissions: a keyed hash of the first address in
 * `X-Forwarded-For` (the client as our reverse proxy saw it), so the address itself is never
 * stored and cannot be recovered without the secret.
 */
export function clientKey(secret: string, forwardedFor: string | null | undefined): string {
  const address = forwardedFor?.split(',')[0]?.trim() || 'unknown'
  return createHmac('sha256', secret).update(`event-form-client:${address}`).digest('base64url').slice(0, 32)
}
