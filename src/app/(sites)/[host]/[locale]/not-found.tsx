import { dictionary } from '@/i18n/site'
import { localePath } from '@/lib/paths'
import { requestContext } from '../../data/request'

/** The 404 page, in the visitor's language (the proxy passes the language in a header). */
export default async function NotFound() {
  const { locale } = await requestContext()
  const t = dictionary(locale)
  return (
    <section className="hero">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <a href={localePath(locale, '/')}>{t.backToFrontPage}</a>
      </p>
    </section>
  )
}
