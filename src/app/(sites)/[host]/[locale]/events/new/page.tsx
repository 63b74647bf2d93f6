import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { dictionary } from '@/i18n/site'
import { readSubmissionForm } from '@/lib/eventSubmission'
import { defaultLocale, isLocale } from '@/lib/locales'
import { localePath } from '@/lib/paths'
import type { SubmitEventState } from '../../../../actions/submitEvent'
import { SubmitEventForm } from '../../../../components/SubmitEventForm'
import { filterChoices } from '../../../../data/events'
import { siteForHost } from '../../../../data/sites'

type Props = { params: Promise<{ host: string; locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: dictionary(isLocale(locale) ? locale : defaultLocale).submit.title }
}

/** `/events/new`: the "add your event" form for residents and associations without an account. */
export default async function NewEventPage({ params }: Props) {
  const { host, locale: raw } = await params
  const locale = isLocale(raw) ? raw : defaultLocale
  if (!(await siteForHost(decodeURIComponent(host)))) notFound()
  const t = dictionary(locale)
  const choices = await filterChoices(locale)
  // No token here: the page is the same for everyone (and cacheable); the form fetches its own.
  const initial: SubmitEventState = {
    attempt: 0,
    token: '',
    values: readSubmissionForm(new URLSearchParams()).values,
    problems: [],
  }
  return (
    <>
      <p>
        <a href={localePath(locale, '/events')}>← {t.backToEvents}</a>
      </p>
      <h1>{t.submit.title}</h1>
      <p className="lead">{t.submit.intro}</p>
      <SubmitEventForm
        t={t.submit}
        audiences={t.audiences}
        choices={choices}
        initial={initial}
        tokenUrl={localePath(locale, '/events/new/token')}
        thanksUrl={localePath(locale, '/events/new/thanks')}
      />
    </>
  )
}
