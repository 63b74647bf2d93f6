import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { dictionary } from '@/i18n/site'
import { newsArticleJsonLd, serializeJsonLd } from '@/lib/jsonld'
import { defaultLocale, isLocale, type Locale } from '@/lib/locales'
import { eventPath, newsListPath, newsPath } from '@/lib/paths'
import { SLUG_PATTERN } from '@/lib/slug'
import { formatDate } from '@/lib/time'
import { NewsBody } from '../../../../components/NewsBody'
import { NewsCards } from '../../../../components/NewsCards'
import { getNewsArticle, imageOf, resolveNews } from '../../../../data/news'
import { siteForHost, siteOrigin } from '../../../../data/sites'

/**
 * `/uutiset/<slug>` (`/sv/nyheter/…`, `/en/news/…`), and a press release also at
 * `/tiedotteet/<slug>`. Another language's slug or an earlier one answers with a 308 to this
 * language's address; in a language the item is not translated into, its Finnish text is shown,
 * marked as Finnish, with the Finnish page as canonical.
 */
type Props = { params: Promise<{ host: string; locale: string; slug: string }> }

export const generateStaticParams = (): { slug: string }[] => []

async function load(params: Props['params']) {
  const { host, locale: raw, slug } = await params
  const locale: Locale = isLocale(raw) ? raw : defaultLocale
  const site = await siteForHost(decodeURIComponent(host))
  if (!site || !SLUG_PATTERN.test(slug)) return { locale, site, article: undefined }
  const resolved = await resolveNews(site.id, locale, slug)
  if (resolved && 'redirect' in resolved) permanentRedirect(resolved.redirect)
  if (!resolved) return { locale, site, article: undefined }
  const article = await getNewsArticle(site.id, locale, resolved.id)
  return { locale, site, article: { ...article, translated: resolved.translated } }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, site, article } = await load(params)
  if (!article || !site) return {}
  const { doc } = article
  const { languages } = article
  const canonical = article.translated ? newsPath(locale, doc.slug ?? '', doc.kind) : languages.fi
  const image = imageOf(doc.meta?.image, 'large') ?? imageOf(doc.heroImage, 'large')
  const title = doc.meta?.title || doc.title || ''
  const description = doc.meta?.description || doc.lead || ''
  return {
    title,
    description,
    alternates: { canonical, languages: { ...languages, 'x-default': languages.fi } },
    openGraph: {
      type: 'article',
      title,
      description,
      url: canonical,
      siteName: site.name[locale],
      locale: article.translated ? locale : defaultLocale,
      publishedTime: doc.publishedAt ?? undefined,
      modifiedTime: doc.updatedAt,
      images: image
        ? [{ url: image.url, width: image.width ?? undefined, height: image.height ?? undefined, alt: image.alt }]
        : undefined,
    },
  }
}

export default async function NewsArticlePage({ params }: Props) {
  const { locale, site, article } = await load(params)
  if (!article || !site) notFound()
  const t = dictionary(locale)
  const { doc, related, events, translated } = article
  const origin = siteOrigin(site)
  const hero = imageOf(doc.heroImage, 'large')
  const publishedAt = doc.publishedAt ?? doc.createdAt
  const press = doc.kind === 'pressRelease'
  const jsonLd = newsArticleJsonLd({
    headline: doc.title ?? '',
    description: doc.lead ?? '',
    url: `${origin}${newsPath(translated ? locale : defaultLocale, doc.slug ?? '', doc.kind)}`,
    image: hero ? `${origin}${hero.url}` : undefined,
    publishedAt,
    updatedAt: doc.updatedAt,
    author: doc.author,
    publisher: { name: site.name[locale], url: `${origin}/` },
    inLanguage: translated ? locale : defaultLocale,
  })
  return (
    <>
      <article className="news-article" lang={translated ? undefined : defaultLocale}>
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
        <p lang={translated ? undefined : locale}>
          <a href={newsListPath(locale, press)}>← {press ? t.news.pressReleases : t.news.title}</a>
        </p>
        {translated ? null : (
          <p className="notice" lang={locale}>
            {t.news.finnishOnly}
          </p>
        )}
        <p className="news-meta" lang={translated ? undefined : locale}>
          <span>{t.news.kinds[doc.kind]}</span> · {t.news.published}{' '}
          <time dateTime={publishedAt}>{formatDate(new Date(publishedAt), locale)}</time>
          {doc.author ? (
            <>
              {' '}
              · {t.news.author} <span lang={defaultLocale}>{doc.author}</span>
            </>
          ) : null}
        </p>
        <h1>{doc.title}</h1>
        <p className="lead">{doc.lead}</p>
        {hero ? (
          <figure className="news-figure news-hero">
            {/* eslint-disable-next-line @next/next/no-img-element -- sizes come from the media library, cached whole with the page */}
            <img src={hero.url} alt={hero.alt} width={hero.width ?? undefined} height={hero.height ?? undefined} />
            {hero.credit ? <figcaption className="credit">{hero.credit}</figcaption> : null}
          </figure>
        ) : null}
        {doc.body ? <NewsBody data={doc.body} /> : null}
      </article>
      {events.length > 0 ? (
        <section aria-labelledby="related-events">
          <h2 id="related-events">{t.news.relatedEvents}</h2>
          <ul>
            {events.map((event) => (
              <li key={event.id}>
                <a href={eventPath(locale, event.id)}>{event.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {related.length > 0 ? (
        <section aria-labelledby="related-news">
          <h2 id="related-news">{t.news.related}</h2>
          <NewsCards items={related} locale={locale} t={t} />
        </section>
      ) : null}
    </>
  )
}
