'use client'

import { locales } from '@/lib/locales'
import { ErrorMessage } from './(sites)/components/ErrorMessage'
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
          {locales.map((code, index) => (
            <ErrorMessage key={code} locale={code} reset={reset} heading={index === 0 ? 'h1' : 'h2'} />
          ))}
        </main>
      </body>
    </html>
  )
}
