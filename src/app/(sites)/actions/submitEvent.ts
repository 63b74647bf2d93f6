'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { dictionary } from '@/i18n/site'
import { readSubmissionForm } from '@/lib/eventSubmission'
import { localePath } from '@/lib/paths'
import { payload } from '../data/payload'
import { requestContext } from '../data/request'
import { siteForHost } from '../data/sites'
import { receiveSubmission, type SubmissionFeedback } from '../data/submissions'
import { clientAddressOf } from '@/server/peerAddress'

/**
 * The form's state between attempts; `attempt` tells the form that an answer has arrived, `sent`
 * that the submission was stored and the form should go on to the thanks page itself.
 */
export type SubmitEventState = SubmissionFeedback & { attempt: number; sent?: boolean }

/**
 * The "add your event" form's action. Works as a plain HTML form post too: without JavaScript
 * Next renders the page again with the returned state, or follows the redirect. Whatever goes
 * wrong, the visitor gets the form back with their values and a message, never an error page.
 */
export async function submitEvent(previous: SubmitEventState, form: FormData): Promise<SubmitEventState> {
  const { host, locale } = await requestContext()
  // The previous state comes back from the browser: a hand-made post may send anything there.
  const attempt = (typeof previous?.attempt === 'number' ? previous.attempt : 0) + 1
  try {
    const client = await payload()
    const outcome = await receiveSubmission(client, {
      form,
      locale,
      siteId: (await siteForHost(host))?.id,
      clientAddress: clientAddressOf(await headers()),
    })
    if (!outcome.sent) return { ...outcome.feedback, attempt }
    // With JavaScript the form navigates by itself: Next would render a redirect's target here,
    // through a request of its own that has lost the visitor's host name, and so the site.
    if (form.get('js') === '1')
      return { token: '', values: readSubmissionForm(new URLSearchParams()).values, problems: [], attempt, sent: true }
  } catch (error) {
    console.error('Event submission failed:', error instanceof Error ? error.message : error)
    const { values, token } = readSubmissionForm(form)
    return { token, values, problems: [], refusal: dictionary(locale).submit.refusals.failed, attempt }
  }
  redirect(localePath(locale, '/events/new/thanks'))
}
