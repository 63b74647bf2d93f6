import { describe, expect, it } from 'vitest'
import { newsQuery, parseNewsFilters } from '../../src/lib/newsFilters'
import { localePath, newsFeedPath, newsListOf, newsListPath, newsPath, routePathOf } from '../../src/lib/paths'

describe('news addresses', () => {
  it('are in the visitor’s language, press releases under their own segment', () => {
    expect(newsPath('fi', 'tuulivoima')).toBe('/uutiset/tuulivoima')
    expect(newsPath('sv', 'vindkraft')).toBe('/sv/nyheter/vindkraft')
    expect(newsPath('en', 'wind-power')).toBe('/en/news/wind-power')
    expect(newsPath('fi', 'asiointi', 'pressRelease')).toBe('/tiedotteet/asiointi')
    expect(newsPath('sv', 'e-tjanst', 'pressRelease')).toBe('/sv/pressmeddelanden/e-tjanst')
    expect(newsPath('en', 'services', 'pressRelease')).toBe('/en/press-releases/services')
    expect(newsListPath('sv', true, '?page=2')).toBe('/sv/pressmeddelanden?page=2')
    expect(newsFeedPath('en', 'atom')).toBe('/en/news/atom.xml')
  })

  it('tell the proxy which list a path is, in its own language only', () => {
    expect(newsListOf('fi', '/uutiset')).toBe('news')
    expect(newsListOf('fi', '/tiedotteet')).toBe('pressReleases')
    expect(newsListOf('sv', '/nyheter')).toBe('news')
    expect(newsListOf('sv', '/uutiset')).toBeUndefined()
    expect(newsListOf('fi', '/uutiset/x')).toBeUndefined()
  })

  it('link the language versions of a news page from its internal route', () => {
    expect(localePath('sv', routePathOf(['news', 'tuulivoima']))).toBe('/sv/nyheter/tuulivoima')
    expect(localePath('fi', routePathOf(['news', 'filter', 'kind%3Dblog']))).toBe('/uutiset')
    expect(localePath('en', '/events')).toBe('/en/events')
  })
})

describe('news list filters', () => {
  it('read kind, topic and page, leaving out what is not one', () => {
    expect(parseNewsFilters(new URLSearchParams('kind=blog&topic=12&page=3&utm_source=x'))).toEqual({
      kind: 'blog',
      topic: 12,
      page: 3,
    })
    expect(parseNewsFilters(new URLSearchParams('kind=toString&topic=x&page=0'))).toEqual({ page: 1 })
    expect(parseNewsFilters(new URLSearchParams('kind=blog'), true)).toEqual({ kind: 'pressRelease', page: 1 })
  })

  it('write one canonical query, without the press releases’ own kind', () => {
    expect(newsQuery({ page: 2, topic: 5, kind: 'pressRelease' })).toBe('?kind=press-release&topic=5&page=2')
    expect(newsQuery({ page: 2, kind: 'pressRelease' }, true)).toBe('?page=2')
    expect(newsQuery({ page: 1 })).toBe('')
  })
})
