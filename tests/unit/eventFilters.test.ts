import { describe, expect, it } from 'vitest'
import { canonicalFilterQuery, filtersToQuery, parseEventFilters } from '../../src/lib/eventFilters'

const now = new Date('2026-07-08T09:00:00Z')
const parse = (query: string) => parseEventFilters(new URLSearchParams(query), now)

describe('event calendar filters', () => {
  it('shows upcoming events when nothing is asked', () => {
    expect(parse('')).toEqual({
      filters: { when: 'upcoming', range: undefined, freeOnly: false, page: 1 },
      problems: [],
    })
  })

  it('reads every filter', () => {
    const { filters, problems } = parse(
      'when=today&municipality=236&topic=yso:p1808&audience=children&free=1&q=pelimanni&page=2',
    )
    expect(problems).toEqual([])
    expect(filters).toMatchObject({
      when: 'today',
      municipality: '236',
      topic: 'yso:p1808',
      audience: 'children',
      freeOnly: true,
      text: 'pelimanni',
      page: 2,
    })
    expect(filters.range?.from.toISOString()).toBe('2026-07-07T21:00:00.000Z')
  })

  it('reads a chosen date range in Helsinki days', () => {
    const { filters } = parse('from=2026-07-10&to=2026-07-12')
    expect(filters.when).toBe('range')
    expect(filters.range?.from.toISOString()).toBe('2026-07-09T21:00:00.000Z')
    expect(filters.range?.to.toISOString()).toBe('2026-07-12T20:59:59.999Z')
  })

  it('ignores unknown parameters', () => {
    expect(parse('utm_source=newsletter&fbclid=x').problems).toEqual([])
  })

  it('reports malformed parameters and leaves them out instead of failing', () => {
    const { filters, problems } = parse('from=31.7.2026&municipality=Kaustinen&audience=aliens&page=-1&topic=<script>')
    expect(problems.map((p) => p.param).sort()).toEqual(['audience', 'from', 'municipality', 'page', 'topic'])
    expect(filters).toMatchObject({ when: 'upcoming', page: 1 })
    expect(filters.municipality).toBeUndefined()
    expect(parse('from=2026-07-12&to=2026-07-10').problems).toEqual([{ param: 'to', problem: 'range' }])
    expect(parse(`q=${'a'.repeat(101)}`).problems).toEqual([{ param: 'q', problem: 'text' }])
  })

  it('keeps the filters in pagination links', () => {
    expect(filtersToQuery(new URLSearchParams('municipality=236&page=3&junk=1'), 2)).toBe('?municipality=236&page=2')
    expect(filtersToQuery(new URLSearchParams('page=3'), 1)).toBe('')
  })
})

describe('the canonical query of a calendar URL (one cached page per equal request)', () => {
  it('orders the known parameters, drops unknown and empty ones and keeps malformed values', () => {
    const a = canonicalFilterQuery(new URLSearchParams('utm_source=x&topic=yso%3Ap1808&when=today&page=2&q='))
    const b = canonicalFilterQuery(new URLSearchParams('page=2&when=today&topic=yso:p1808'))
    expect(a).toBe('when=today&topic=yso%3Ap1808&page=2')
    expect(b).toBe(a)
    expect(canonicalFilterQuery(new URLSearchParams('from=32.13.2026'))).toBe('from=32.13.2026')
    expect(canonicalFilterQuery(new URLSearchParams('fbclid=1'))).toBe('')
  })
})
