import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { clientNetwork } from './clientAddress'

/**
 * The public event form's anti-spam token: the time it was issued and a random id, signed with
 * the server's secret. People take more than a few seconds to fill in an event; scripts that post
 * straight away, or replay one captured form for hours, do not pass. Each token is good for one
 * stored submission: its id is recorded as used (src/app/(sites)/data/submissions.ts). No third
 * party is involved.
 */
export const FORM_MIN_AGE_MS = 3_000
export const FORM_MAX_AGE_MS = 4 * 3600_000

export type FormTokenCheck = 'ok' | 'tooFast' | 'expired' | 'invalid'

// The purpose is signed along, so no other value signed with the same secret passes as a token.
const signature = (secret: string, issuedAt: string, id: string) =>
  createHmac('sha256', secret).update(`event-form:${issuedAt}.${id}`).digest('base64url')

export function signFormToken(secret: string, now: number, id = randomBytes(12).toString('base64url')): string {
  const issuedAt = now.toString(36)
  return `${issuedAt}.${id}.${signature(secret, issuedAt, id)}`
}

/** The id of a token that `checkFormToken` passed: what is recorded once it has been used. */
export const formTokenId = (token: string): string => token.split('.')[1]

export function checkFormToken(secret: string, token: unknown, now: number): FormTokenCheck {
  if (typeof token !== 'string') return 'invalid'
  const [issuedAt, id, signed, ...rest] = token.split('.')
  if (!issuedAt || !id || !signed || rest.length > 0 || !/^[0-9a-z]{1,12}$/.test(issuedAt)) return 'invalid'
  if (!/^[\w-]{16,32}$/.test(id)) return 'invalid'
  const expected = Buffer.from(signature(secret, issuedAt, id))
  const given = Buffer.from(signed)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid'
  const age = now - parseInt(issuedAt, 36)
  if (age < FORM_MIN_AGE_MS) return 'tooFast'
  return age > FORM_MAX_AGE_MS ? 'expired' : 'ok'
}

/**
 * A pseudonym for the client, for counting what it sends: a keyed hash of its address (an IPv6
 * address by its /64, see `clientNetwork`), so the address itself is never stored and cannot be
 * recovered without the secret. `purpose` keeps the keys of different counters apart.
 */
export function clientKey(secret: string, address: string | undefined, purpose = 'event-form-client'): string {
  const network = address ? clientNetwork(address) : 'unknown'
  return createHmac('sha256', secret).update(`${purpose}:${network}`).digest('base64url').slice(0, 32)
}
