import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { calendarPage, TEXT_SEARCH } from '../../src/app/(sites)/data/events'
import type { Locale } from '../../src/lib/locales'
import { createOrganisation, testPayload, unique } from '../helpers/payload'

let payload: Payload
let site: number

const tomorrow = (hour: number) => new Date(Date.now() + 86_400_000 + hour * 3_600_000).toISOString()

const search = (text: string, locale: Locale, page: number, limit: number, tuning: typeof TEXT_SEARCH) =>
  calendarPage(
    payload,
    site,
    locale,
    { when: 'upcoming', freeOnly: false, text, page },
    new Date().toISOString(),
    limit,
    tuning,
  )

/**
 * The names of the site's upcoming events that a visitor's search finds, in `locale`: the same
 * whether the matching events are looked up by their ids first (few match) or each event is
 * checked as the calendar is walked (many match: here, any at all).
 */
const found = async (text: string, locale: Locale = 'fi') => {
  const names = async (tuning: typeof TEXT_SEARCH) =>
    (await search(text, locale, 1, 20, tuning)).events.map((card) => card.name).sort()
  const byIds = await names(TEXT_SEARCH)
  expect(await names({ few: 0, countLimit: 100 })).toEqual(byIds)
  return byIds
}

beforeAll(async () => {
  payload = await testPayload()
  const organiser = (await createOrganisation(payload)).id
  site = (
    await payload.create({
      collection: 'sites',
      data: {
        key: unique('search'),
        name: 'Haku',
        defaultLocale: 'fi',
        hostnames: [{ hostname: `${unique('haku')}.test` }],
      },
    })
  ).id
  const publish = async (hour: number, fi: { name: string; shortDescription: string }, sv?: typeof fi) => {
    const event = await payload.create({
      collection: 'events',
      locale: 'fi',
      data: {
        ...fi,
        startsAt: tomorrow(hour),
        startsAt_tz: 'Europe/Helsinki' as const,
        onlineUrl: 'https://example.org/live',
        organiser,
        sites: [site],
        eventStatus: 'scheduled' as const,
        _status: 'published' as const,
      },
    })
    if (sv)
      await payload.update({
        collection: 'events',
        id: event.id,
        locale: 'sv',
        data: { ...sv, _status: 'published' as const },
      })
  }
  await publish(10, { name: 'Kylä soi', shortDescription: 'Koko kylä laulaa yhdessä.' })
  await publish(
    11,
    { name: 'Pelimanni soittaa', shortDescription: 'Kansanmusiikkia torilla.' },
    { name: 'Spelmannen spelar', shortDescription: 'Folkmusik på torget.' },
  )
  await publish(12, { name: 'Pelimanniilta', shortDescription: 'Tanssia aamuun asti.' })
  await publish(13, { name: 'Kahvila Crème', shortDescription: 'Café au lait ja pullaa.' })
})

describe('the calendar’s text search', () => {
  it('finds inflected Finnish words by their stem', async () => {
    expect(await found('kylässä')).toEqual(['Kylä soi'])
    expect(await found('kylään')).toEqual(['Kylä soi'])
    expect(await found('pelimanneja')).toEqual(['Pelimanni soittaa', 'Pelimanniilta'])
    expect(await found('pelimannit')).toEqual(['Pelimanni soittaa', 'Pelimanniilta'])
    expect(await found('torilla')).toEqual(['Pelimanni soittaa'])
  })

  it('finds parts of compound words and text typed without accents', async () => {
    expect(await found('pelimanni')).toEqual(['Pelimanni soittaa', 'Pelimanniilta'])
    expect(await found('kyla')).toEqual(['Kylä soi'])
    expect(await found('CAFE creme')).toEqual(['Kahvila Crème'])
  })

  it('asks for every word, ignores stopwords and punctuation, and finds nothing for unknown words', async () => {
    expect(await found('pelimanni tanssia')).toEqual(['Pelimanniilta'])
    expect(await found('kylä ja')).toEqual(['Kylä soi'])
    expect(await found('kylä, "soi"!')).toEqual(['Kylä soi'])
    expect(await found('ooppera')).toEqual([])
    // Symbols alone are no words to look for: the calendar is not filtered.
    expect(await found('% _ \\ ;')).toHaveLength(4)
  })

  it('stems Swedish texts in Swedish, and finds Finnish words on the Swedish pages', async () => {
    expect(await found('spelmännen', 'sv')).toEqual(['Spelmannen spelar'])
    expect(await found('torget', 'sv')).toEqual(['Spelmannen spelar'])
    expect(await found('kylässä', 'sv')).toEqual(['Kylä soi'])
  })
})

describe('a text search that many events match', () => {
  it('is counted up to a limit, and still pages on to every match', async () => {
    const many = { few: 0, countLimit: 1 }
    const first = await search('pelimanni', 'fi', 1, 1, many)
    expect(first).toMatchObject({ total: 1, more: true, pages: 2 })
    const second = await search('pelimanni', 'fi', 2, 1, many)
    expect([...first.events, ...second.events].map((card) => card.name).sort()).toEqual([
      'Pelimanni soittaa',
      'Pelimanniilta',
    ])
    expect((await search('pelimanni', 'fi', 3, 1, many)).events).toEqual([])
    // Under the limit the count is exact, as it is when few texts match.
    expect(await search('pelimanni', 'fi', 1, 1, { few: 0, countLimit: 2 })).toMatchObject({
      total: 2,
      more: false,
      pages: 2,
    })
    expect(await search('pelimanni', 'fi', 1, 1, TEXT_SEARCH)).toMatchObject({ total: 2, more: false, pages: 2 })
  })
})
