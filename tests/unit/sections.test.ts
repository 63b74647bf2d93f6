import { describe, expect, it } from 'vitest'
import { localePath } from '../../src/lib/paths'
import { publicSectionPath, routeSectionPath } from '../../src/lib/sections'

describe('sections in the visitor’s language', () => {
  it('names a section by each language’s word', () => {
    expect(publicSectionPath('fi', '/news/kylaillat')).toBe('/uutiset/kylaillat')
    expect(localePath('sv', '/news/byakvall')).toBe('/sv/nyheter/byakvall')
    expect(localePath('en', '/news')).toBe('/en/news')
    expect(localePath('fi', '/press-releases/x')).toBe('/tiedotteet/x')
  })

  it('leaves a path that is not a section alone', () => {
    expect(publicSectionPath('fi', '/')).toBe('/')
    expect(publicSectionPath('sv', '/saavutettavuus')).toBe('/saavutettavuus')
  })

  it('finds the route folder of a public path', () => {
    expect(routeSectionPath('fi', '/uutiset/x')).toEqual({ route: '/news/x', misnamed: false })
    expect(routeSectionPath('sv', '/nyheter')).toEqual({ route: '/news', misnamed: false })
    expect(routeSectionPath('en', '/news')).toEqual({ route: '/news', misnamed: false })
    expect(routeSectionPath('fi', '/jotain')).toEqual({ route: '/jotain', misnamed: false })
  })

  it('marks a route folder’s name asked in a language with another word, to be redirected', () => {
    expect(routeSectionPath('fi', '/news/x')).toEqual({ route: '/news/x', misnamed: true })
    expect(routeSectionPath('sv', '/uutiset')).toEqual({ route: '/uutiset', misnamed: false })
  })
})
