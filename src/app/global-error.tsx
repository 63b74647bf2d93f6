'use client'

import { errorPageTexts } from '@/i18n/site/errorPages'
import { locales } from '@/lib/locales'
import { localePath } from '@/lib/paths'
import './(sites)/sites.css'

/**
 * The last resort: a failure in a site's layout itself (or the admin's), which no page's error
 * page can catch because there is no layout left to show it in. Next would answer with its own
 * English page; this one speaks each of the sites' languages, Finnish first, since the language
 * of the address is not known here.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fi">
      <body>
        <main id="main" className="wrap">
          {locales.map((code, index) => {
            const t = errorPageTexts[code]
            const Heading = index === 0 ? 'h1' : 'h2'
            return (
              <section key={code} className="hero" lang={code}>
                <Heading>{t.errorTitle}</Heading>
                <p>{t.errorText}</p>
                <p>
                  <button type="button" onClick={reset}>
                    {t.tryAgain}
                  </button>{' '}
                  <a href={localePath(code, '/')}>{t.backToFrontPage}</a>
                </p>
              </section>
            )
          })}
        </main>
      </body>
    </html>
  )
}
