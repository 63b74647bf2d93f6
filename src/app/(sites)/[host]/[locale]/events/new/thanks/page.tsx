import type { Metadata } from 'next'
import { dictionary } from '@/i18n/site'
import { defaultLocale, isLocale } from '@/lib/locales'
import { localePath } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: dictionary(isLocale(locale) ? locale : defaultLocale).submit.thanksTitle, robots: { index: false } }
}

/** Where the form leads once a submission is stored: what happens next, in the visitor's language. */
export default async function SubmissionSentPage({ params }: Props) {
  const { locale: raw } = await params
  const locale = isLocale(raw) ? raw : defaultLocale
  const t = dictionary(locale)
  return (
    <>
      <h1>{t.submit.thanksTitle}</h1>
      <p className="lead">{t.submit.thanksText}</p>
      <p>{t.submit.thanksPrivacy}</p>
      <ul className="link-list">
        <li>
          <a href={localePath(locale, '/events')}>{t.backToEvents}</a>
        </li>
        <li>
          <a href={localePath(locale, '/events/new')}>{t.submit.thanksAnother}</a>
        </li>
      </ul>
    </>
  )
}
