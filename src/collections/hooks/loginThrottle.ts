import { createHmac, pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'
import { sql } from '@payloadcms/db-postgres'
import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'
import { message } from '../../fields/messages'
import { clientKey } from '../../lib/formToken'
import { clientAddressOf } from '../../server/peerAddress'
import { executeSql } from '../../server/sql'

/**
 * Failed logins allowed in `windowMs`: from one client to one account, from one client to any
 * account, and to one account from anywhere. Payload's own lock (five wrong passwords lock the
 * account for everyone) is off: anyone who knows an editor's address could lock them out. Here a
 * stranger's wrong passwords slow down the stranger; only a spread attack (`perAccount`, many
 * addresses) can slow down the account itself, and only for the window.
 */
export const LOGIN_LIMITS = { perClientAccount: 5, perClient: 30, perAccount: 50, windowMs: 15 * 60_000 }

const FAILURE_ID = 'seutuLoginFailureId'

// Payload 3.90's password hash (pbkdf2-sha256, 600,000 rounds, 32 bytes; see its
// generatePasswordSaltHash). The login test holds the two timings together, so a change of these
// in Payload shows there.
const hashLikePayload = (password: string) => promisify(pbkdf2)(password, 'no-such-account', 600_000, 32, 'sha256')

const accountKey = (secret: string, email: string) =>
  createHmac('sha256', secret).update(`login-account:${email}`).digest('base64url').slice(0, 32)

/**
 * Before Payload checks a password over HTTP (REST, GraphQL, the admin): refuses a throttled
 * client with 429, records the attempt as a failure until `clearLoginFailure` sees it succeed,
 * and for an unknown account spends the time a password check takes, so the answer's timing
 * does not tell which e-mail addresses have accounts. Logins through the Local API (the app's own
 * code) are not throttled.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const address = clientAddressOf(req.headers)
  if (!address) return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const client = clientKey(req.payload.secret, address, 'login-client')
  const account = accountKey(req.payload.secret, email)
  const since = new Date(Date.now() - LOGIN_LIMITS.windowMs).toISOString()
  const [counts] = await executeSql(
    req,
    sql`WITH pruned AS (DELETE FROM login_failures WHERE at < ${since})
        SELECT count(*) FILTER (WHERE client = ${client})::int AS "fromClient",
               count(*) FILTER (WHERE client = ${client} AND account = ${account})::int AS "pair",
               count(*) FILTER (WHERE account = ${account})::int AS "toAccount"
        FROM login_failures WHERE (client = ${client} OR account = ${account}) AND at >= ${since}`,
  )
  if (
    Number(counts?.pair) >= LOGIN_LIMITS.perClientAccount ||
    Number(counts?.fromClient) >= LOGIN_LIMITS.perClient ||
    Number(counts?.toAccount) >= LOGIN_LIMITS.perAccount
  )
    throw new APIError(message(req, 'tooManyLogins'), 429, null, true)
  const [inserted] = await executeSql(
    req,
    sql`INSERT INTO login_failures (client, account) VALUES (${client}, ${account}) RETURNING id`,
  )
  req.context[FAILURE_ID] = inserted?.id
  const known = email
    ? await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email } }, req })
    : null
  if (!known && typeof data?.password === 'string' && data.password) await hashLikePayload(data.password)
  return args
}

/** A successful login was no failure: its row goes, and with it the client's earlier misses on this account. */
export const clearLoginFailure: CollectionAfterLoginHook = async ({ req }) => {
  const id = req.context[FAILURE_ID]
  if (typeof id !== 'string' && typeof id !== 'number') return
  await executeSql(
    req,
    sql`DELETE FROM login_failures WHERE (client, account) = (SELECT client, account FROM login_failures WHERE id = ${String(id)})`,
  )
}
