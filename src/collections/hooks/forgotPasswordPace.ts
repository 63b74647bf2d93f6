import { addDataAndFileToRequest, APIError, type Endpoint } from 'payload'

/**
 * How long every answer to "forgot password" over REST takes. Payload answers an unknown e-mail
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
 * Payload's own `POST /api/users/forgot-password` (the same operation and answer), paced. Listed
 * in the collection's endpoints, it comes before Payload's built-in one of the same path.
 */
export const pacedForgotPassword: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    const paced = sleep(FORGOT_PASSWORD_PACE_MS)
    await addDataAndFileToRequest(req)
    const email = typeof req.data?.email === 'string' ? req.data.email : ''
    // Settles with the operation's error, or undefined when it succeeded.
    const outcome = req.payload
      .forgotPassword({ collection: 'users', data: { email }, overrideAccess: false, req })
      .then(
        () => undefined,
        (error: unknown) => error,
      )
    const finished = await Promise.race([outcome.then((error) => ({ error })), paced.then(() => undefined)])
    if (finished) await paced
    // Refusing the request itself (no e-mail given) does not depend on the address; a reset that
    // fails (the mail server is down) happens only for an existing account, so it is logged, and
    // answered as every other request is.
    if (finished?.error && isClientError(finished.error)) throw finished.error
    void outcome.then((error) => {
      if (error) req.payload.logger.error({ err: error, msg: 'A password reset failed; its answer said nothing' })
    })
    return Response.json({ message: req.t('general:success') })
  },
}
