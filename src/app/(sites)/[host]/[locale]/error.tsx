'use client'

import { useParams } from 'next/navigation'
import { errorPageTexts } from '@/i18n/site/errorPages'
import { defaultLocale, isLocale } from '@/lib/locales'
import { localePath } from '@/lib/paths'

/**
 * A page that failed after all: the site's own error page inside the site layout, in the language
 * of the address, instead of Next's English one. Next keeps the failure's details out of production.
 */
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale: raw } = useParams<{ locale: string }>()
  const locale = isLocale(raw) ? raw : defaultLocale
  const t = errorPageTexts[locale]
  return (
    <section className="hero">
      <h1>{t.errorTitle}</h1>
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
