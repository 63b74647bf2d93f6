import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The key Payload signs logins with. Production must be given one (`PAYLOAD_SECRET`); a
 * development machine gets its own in a git-ignored file on first start, so logins survive
 * restarts without anyone inventing a secret.
 */
export function payloadSecret(root = process.cwd()): string {
  const fromEnv = process.env.PAYLOAD_SECRET
  if (fromEnv) return fromEnv
  // `next build` evaluates the config but signs nothing; a throwaway key is enough there.
  if (process.env.NEXT_PHASE === 'phase-production-build') return randomBytes(32).toString('hex')
  if (process.env.NODE_ENV === 'production')
    throw new Error('PAYLOAD_SECRET is not set. Production refuses to start without it (see README: Environment).')
  const file = path.join(root, '.payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}
