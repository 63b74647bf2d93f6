import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { dictionary, fill } from '@/i18n/site'
import { defaultLocale, isLocale, type Locale } from '@/lib/locales'
import { newsKinds } from '@/lib/news'
import { kindParam, newsQuery, parseNewsFilters, type NewsFilters } from '@/lib/newsFilters'
import { newsFeedPath, newsListPath } from '@/lib/paths'
import { listNews, newsTopicChoices } from '../data/news'
import { siteForHost } from '../data/sites'
import { NewsCards } from './NewsCards'
import { Pagination } from './Pagination'

export type NewsListProps = { params: Promise<{ host: string; locale: string; query?: string }> }

/** The list's filters from its route (`/news/filter/<query>`, made by the proxy), never from searchParams. */
async function read(params: NewsListProps['params']): Promise<{ host: string; locale: Locale; filters: NewsFilters }> {
  const { host, locale: raw, query } = await params
  const locale = isLocale(raw) ? raw : defaultLocale
  return { host, locale, filters: parseNewsFilters(new URLSearchParams(query ? decodeURIComponent(query) : '')) }
}

const isPressList = (filters: NewsFilters) => filters.kind === 'pressRelease'

/** `alternates` of a list: the same filters in each language. */
function listAlternates(filters: NewsFilters, locale: Locale) {
  const press = isPressList(filters)
  const query = newsQuery(filters, press)
  return {
    canonical: newsListPath(locale, press, query),
    languages: {
      fi: newsListPath('fi', press, query),
      sv: newsListPath('sv', press, query),
      en: newsListPath('en', press, query),
      'x-default': newsListPath('fi', press, query),
    },
    types: { 'application/rss+xml': newsFeedPath(locale, 'rss'), 'application/atom+xml': newsFeedPath(locale, 'atom') },
  }
}

export async function newsListMetadata({ params }: NewsListProps): Promise<Metadata> {
  const { locale, filters } = await read(params)
  const t = dictionary(locale)
  return {
    title: isPressList(filters) ? t.news.pressReleases : t.news.title,
    alternates: listAlternates(filters, locale),
  }
}

/**
 * A site's news list: `/uutiset` (`/sv/nyheter`, `/en/news`) with `?kind=&topic=&page=`, and the
 * press releases' own list `/tiedotteet`, which is the same list of that kind.
 */
export async function NewsList({ params }: NewsListProps) {
  const { host, locale, filters } = await read(params)
  const site = await siteForHost(decodeURIComponent(host))
  if (!site) notFound()
  const t = dictionary(locale)
  const press = isPressList(filters)
  const [{ items, total, pages }, topics] = await Promise.all([
    listNews(site.id, locale, filters),
    newsTopicChoices(locale),
  ])
  const pageLink = (page: number) => newsListPath(locale, press, newsQuery({ ...filters, page }, press))
  return (
    <>
      <h1>{press ? t.news.pressReleases : t.news.title}</h1>
      <form method="get" action={newsListPath(locale, press)} className="filters" aria-labelledby="news-filters">
        <h2 id="news-filters">{t.news.filters}</h2>
        <div className="filter-grid">
          {press ? null : (
            <label>
              {t.news.kind}
              <select name="kind" defaultValue={filters.kind ? kindParam[filters.kind] : ''}>
                <option value="">{t.news.any}</option>
                {newsKinds.map((kind) => (
                  <option key={kind} value={kindParam[kind]}>
                    {t.news.kinds[kind]}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            {t.news.topic}
            <select name="topic" defaultValue={filters.topic ? String(filters.topic) : ''}>
              <option value="">{t.news.any}</option>
              {topics.map((topic) => (
                <option key={topic.value} value={topic.value}>
                  {topic.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="filter-actions">
          <button type="submit">{t.news.apply}</button>
        </div>
      </form>
      <section aria-labelledby="news-results" className="results">
        <h2 id="news-results">{fill(t.news.count, { count: total })}</h2>
        {items.length === 0 ? <p>{t.news.none}</p> : <NewsCards items={items} locale={locale} t={t} />}
        <p>
          {(() => {
            const [before, between, after] = t.news.feeds.split(/\{rss\}|\{atom\}/)
            return (
              <>
                {before}
                <a href={newsFeedPath(locale, 'rss')}>RSS</a>
                {between}
                <a href={newsFeedPath(locale, 'atom')}>Atom</a>
                {after}
              </>
            )
          })()}
        </p>
        <Pagination
          page={filters.page}
          pages={pages}
          pageLink={pageLink}
          status={fill(t.pageOf, { page: filters.page, pages })}
          labels={t}
        />
      </section>
    </>
  )
}
