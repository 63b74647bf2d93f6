import { dictionary } from '@/i18n/site'
import { locales } from '@/lib/locales'
import { localePath } from '@/lib/paths'

/**
 * The 404 page. A not-found page gets no params, and reading the language from the request would
 * render every page per request, so it holds its text in each language and the stylesheet shows
 * the one of the page's `<html lang>` (the others are `display: none`, hidden from screen readers
 * too). Plain server HTML: it needs no JavaScript.
 */
export default function NotFound() {
  return locales.map((code) => {
    const t = dictionary(code)
    return (
      <section key={code} className="hero not-found" data-locale={code} lang={code}>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundText}</p>
        <p>
          <a href={localePath(code, '/')}>{t.backToFrontPage}</a>
        </p>
      </section>
    )
  })
}
