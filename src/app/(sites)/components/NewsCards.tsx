import type { Dictionary } from '@/i18n/site'
import type { Locale } from '@/lib/locales'
import { newsPath } from '@/lib/paths'
import { formatDate } from '@/lib/time'
import type { NewsCard } from '../data/news'

/** News items as a list of cards: image, kind, date, title as the link, lead. */
export function NewsCards({
  items,
  locale,
  t,
  headingLevel = 3,
}: {
  items: NewsCard[]
  locale: Locale
  t: Dictionary
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ol className="news-list">
      {items.map((item) => (
        <li key={item.id}>
          <article>
            {item.image ? (
              // eslint-disable-next-line @next/next/no-img-element -- sizes come from the media library, cached whole with the page
              <img
                src={item.image.url}
                alt=""
                width={item.image.width ?? undefined}
                height={item.image.height ?? undefined}
                loading="lazy"
              />
            ) : null}
            <Heading>
              <a href={newsPath(locale, item.slug, item.kind)}>{item.title}</a>
            </Heading>
            <p className="news-meta">
              <span>{t.news.kinds[item.kind]}</span> ·{' '}
              <time dateTime={item.publishedAt}>{formatDate(new Date(item.publishedAt), locale)}</time>
            </p>
            <p>{item.lead}</p>
          </article>
        </li>
      ))}
    </ol>
  )
}
