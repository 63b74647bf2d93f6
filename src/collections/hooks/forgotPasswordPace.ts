import type { GraphQLFieldConfig } from 'graphql'
import { addDataAndFileToRequest, APIError, type Endpoint, type GraphQLExtension, type PayloadRequest } from 'payload'

/**
 * How long every answer to "forgot password" over HTTP takes. Payload answers an unknown e-mail
 * address at once, but a known one only after storing a reset token and handing the mail to the
 * SMTP server, so the time of the answer told which addresses have accounts. Every answer now
 * waits out this pace, long enough for a reset and its mail; one that takes longer (a slow SMTP
 * server) is answered at the pace and finishes after it.
 */
export const FORGOT_PASSWORD_PACE_MS = 1_000

const isClientError = (error: unknown): error is APIError =>
  error instanceof APIError && error.status >= 400 && error.status < 500

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Runs Payload's reset and returns when the pace is up. Refusing the request itself (no e-mail
 * given) does not depend on the address and is thrown; a reset that fails (the mail server is
 * down) happens only for an existing account, so it is logged and answered as every other.
 */
async function pacedReset(req: PayloadRequest, reset: () => Promise<unknown>): Promise<void> {
  const paced = sleep(FORGOT_PASSWORD_PACE_MS)
  // Settles with the reset's error, or undefined when it succeeded.
  const outcome = reset().then(
    () => undefined,
    (error: unknown) => error,
  )
  const finished = await Promise.race([outcome.then((error) => ({ error })), paced.then(() => undefined)])
  if (finished) await paced
  if (finished?.error && isClientError(finished.error)) throw finished.error
  void outcome.then((error) => {
    if (error) req.payload.logger.error({ err: error, msg: 'A password reset failed; its answer said nothing' })
  })
}

/**
 * Payload's own `POST /api/users/forgot-password` (the same operation and answer), paced. Listed
 * in the collection's endpoints, it comes before Payload's built-in one of the same path.
 */
export const pacedForgotPassword: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = typeof req.data?.email === 'string' ? req.data.email : ''
    await pacedReset(req, () =>
      req.payload.forgotPassword({ collection: 'users', data: { email }, overrideAccess: false, req }),
    )
    return Response.json({ message: req.t('general:success') })
  },
}

/**
 * GraphQL's `forgotPasswordUser`, in place of Payload's (payload.config.ts): the same arguments,
 * operation and answer, paced the same.
 */
export const pacedForgotPasswordMutation: GraphQLExtension = (graphQL) => {
  const forgotPasswordUser: GraphQLFieldConfig<unknown, { req: PayloadRequest }, { email: string }> = {
    type: new graphQL.GraphQLNonNull(graphQL.GraphQLBoolean),
    args: { email: { type: new graphQL.GraphQLNonNull(graphQL.GraphQLString) } },
    resolve: async (_, { email }, { req }) => {
      await pacedReset(req, () =>
        req.payload.forgotPassword({ collection: 'users', data: { email }, overrideAccess: false, req }),
      )
      return true
    },
  }
  return { forgotPasswordUser }
}
