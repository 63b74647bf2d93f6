import { errorPageTexts } from '@/i18n/site/errorPages'
import type { Locale } from '@/lib/locales'
import { localePath } from '@/lib/paths'

/** The error pages' message in one language: what happened, try again, or go to the front page. */
export function ErrorMessage({
  locale,
  reset,
  heading: Heading = 'h1',
}: {
  locale: Locale
  reset: () => void
  heading?: 'h1' | 'h2'
}) {
  const t = errorPageTexts[locale]
  return (
    <section className="hero" lang={locale}>
      <Heading>{t.errorTitle}</Heading>
      <p>{t.errorText}</p>
      <p>
        <button type="button" onClick={reset}>
          {t.tryAgain}
        </button>{' '}
        <a href={localePath(locale, '/')}>{t.backToFrontPage}</a>
      </p>
    </section>
  )
}
