import { TZDate } from '@date-fns/tz'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { calendarPage, feedPage, nextOccurrences, type SerialFilters } from '../../src/app/(sites)/data/events'
import type { Event } from '../../src/payload-types'
import { allowed, createOrganisation, testPayload, unique } from '../helpers/payload'

let payload: Payload
let organiser: number
let kaustinenPlace: number
let vetelPlace: number
let musicTopic: number
let site: number
let otherSite: number
let calendarSite: number

const helsinki = (date: string | Date) =>
  new Date(date).toLocaleString('fi-FI', {
    timeZone: 'Europe/Helsinki',
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  })

/** 18.00 Helsinki time on the Tuesday two weeks before next year's change to winter time (the last Sunday of October). */
function tuesdayBeforeWinterTime() {
  const year = new Date().getUTCFullYear() + 1
  const lastSunday = 31 - new TZDate(year, 9, 31, 12, 0, 0, 'Europe/Helsinki').getDay()
  return new TZDate(year, 9, lastSunday - 12, 18, 0, 0, 'Europe/Helsinki')
}

const start = tuesdayBeforeWinterTime()
const at = (days: number, hour: number) =>
  new TZDate(start.getFullYear(), start.getMonth(), start.getDate() + days, hour, 0, 0, 'Europe/Helsinki').toISOString()

function series(overrides: Partial<Event> = {}) {
  return {
    name: unique('Kuorotreenit'),
    shortDescription: 'Joka tiistai.',
    startsAt: at(0, 18),
    startsAt_tz: 'Europe/Helsinki' as const,
    endsAt: at(0, 20),
    endsAt_tz: 'Europe/Helsinki' as const,
    place: kaustinenPlace,
    organiser,
    sites: [site],
    topics: [musicTopic],
    audience: ['adults' as const],
    isFree: true,
    recurrence: { frequency: 'weekly' as const, weekdays: ['TU' as const], count: 6 },
    eventStatus: 'scheduled' as const,
    _status: 'published' as const,
    ...overrides,
  }
}

/** The rows the public calendar reads for an event, as Helsinki times. */
async function rowsOf(event: number) {
  const { docs } = await payload.find({
    collection: 'event-occurrences',
    where: { event: { equals: event } },
    sort: ['startsAt', 'site'],
    pagination: false,
    depth: 0,
  })
  return docs.map((row) => ({ site: row.site, starts: helsinki(row.startsAt), ends: helsinki(row.endsAt) }))
}
const startsOf = async (event: number) => (await rowsOf(event)).map((row) => row.starts)

const filters = (extra: Partial<SerialFilters> = {}): SerialFilters => ({
  when: 'upcoming',
  freeOnly: false,
  page: 1,
  ...extra,
})
const now = () => new Date().toISOString()
const page = async (extra: Partial<SerialFilters> = {}) =>
  (await calendarPage(payload, calendarSite, 'fi', filters(extra), now())).events.map(
    (card) => `${card.name} ${helsinki(card.startsAt)}`,
  )

beforeAll(async () => {
  payload = await testPayload()
  organiser = (await createOrganisation(payload)).id
  const municipality = async (code: string) =>
    (await payload.find({ collection: 'municipalities', where: { code: { equals: code } } })).docs[0].id
  kaustinenPlace = (
    await payload.create({
      collection: 'places',
      data: { name: unique('Kansantaiteenkeskus'), municipality: await municipality('236') },
    })
  ).id
  vetelPlace = (
    await payload.create({
      collection: 'places',
      data: { name: unique('Seurojentalo'), municipality: await municipality('924') },
    })
  ).id
  musicTopic = (
    await payload.create({
      collection: 'topics',
      data: { name: unique('Musiikki'), ysoId: `yso:p${900000 + (process.pid % 1000)}` },
    })
  ).id
  const newSite = async () =>
    (
      await payload.create({
        collection: 'sites',
        data: {
          key: unique('site'),
          name: 'Testisivusto',
          defaultLocale: 'fi',
          hostnames: [{ hostname: `${unique('h')}.test` }],
        },
      })
    ).id
  site = await newSite()
  otherSite = await newSite()
  calendarSite = await newSite()
})

describe('occurrence rows', () => {
  it('a published weekly series has a row per date; 18.00 stays 18.00 across the change to winter time', async () => {
    const event = await payload.create({ collection: 'events', data: series() })
    const rows = await rowsOf(event.id)
    expect(rows).toHaveLength(6)
    expect(new Set(rows.map((row) => row.starts.slice(0, 2)))).toEqual(new Set(['ti']))
    expect(rows.every((row) => row.starts.endsWith('18.00') && row.ends.endsWith('20.00'))).toBe(true)
    // The second and third Tuesday are either side of the change: the UTC hour moves, the wall clock does not.
    const { docs } = await payload.find({
      collection: 'event-occurrences',
      where: { event: { equals: event.id } },
      sort: 'startsAt',
      depth: 0,
    })
    expect(docs.map((row) => new Date(row.startsAt).getUTCHours())).toEqual([15, 15, 16, 16, 16, 16])
  })

  it('follow the rule when it is edited: more dates, fewer dates, a removed date', async () => {
    const event = await payload.create({ collection: 'events', data: series() })
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { recurrence: { frequency: 'weekly', weekdays: ['TU'], count: 8 } },
    })
    expect(await rowsOf(event.id)).toHaveLength(8)
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { recurrence: { frequency: 'weekly', weekdays: ['TU'], count: 3, removed: [{ date: at(7, 12) }] } },
    })
    expect(await startsOf(event.id)).toEqual([helsinki(at(0, 18)), helsinki(at(14, 18))])
    await payload.update({ collection: 'events', id: event.id, data: { recurrence: { frequency: 'none' } } })
    expect(await startsOf(event.id)).toEqual([helsinki(at(0, 18))])
  })

  it('a row for every site the event is shown on, one without a site when it is on none', async () => {
    const event = await payload.create({
      collection: 'events',
      data: series({ recurrence: { frequency: 'none' }, sites: [site, otherSite] }),
    })
    expect((await rowsOf(event.id)).map((row) => row.site)).toEqual([site, otherSite])
    await payload.update({ collection: 'events', id: event.id, data: { sites: [] } })
    expect((await rowsOf(event.id)).map((row) => row.site)).toEqual([null])
  })

  it('go when the event is unpublished or deleted, and come back when it is published again', async () => {
    const event = await payload.create({ collection: 'events', data: series() })
    await payload.update({ collection: 'events', id: event.id, data: { _status: 'draft' } })
    expect(await rowsOf(event.id)).toEqual([])
    await payload.update({ collection: 'events', id: event.id, data: { _status: 'published' } })
    expect(await rowsOf(event.id)).toHaveLength(6)
    await payload.delete({ collection: 'events', id: event.id })
    expect(await rowsOf(event.id)).toEqual([])
  })

  it('a draft is never in them; a draft saved over a published series changes nothing public until it is published', async () => {
    const draft = await payload.create({ collection: 'events', data: series({ _status: 'draft' }), draft: true })
    expect(await rowsOf(draft.id)).toEqual([])

    const event = await payload.create({ collection: 'events', data: series() })
    const published = await rowsOf(event.id)
    await payload.update({
      collection: 'events',
      id: event.id,
      draft: true,
      data: {
        startsAt: at(1, 19),
        endsAt: at(1, 21),
        recurrence: { frequency: 'weekly', weekdays: ['WE'], count: 2 },
        _status: 'draft',
      },
    })
    expect(await rowsOf(event.id)).toEqual(published)
    expect(
      (await payload.findByID({ collection: 'events', id: event.id, overrideAccess: false })).recurrence?.count,
    ).toBe(6)
    await payload.update({ collection: 'events', id: event.id, data: { _status: 'published' } })
    expect(await startsOf(event.id)).toEqual([helsinki(at(1, 19)), helsinki(at(8, 19))])
  })

  it('are read only through the API, and only while their event is published', async () => {
    const event = await payload.create({ collection: 'events', data: series({ recurrence: { frequency: 'none' } }) })
    const row = (
      await payload.find({ collection: 'event-occurrences', where: { event: { equals: event.id } }, depth: 0 })
    ).docs[0]
    expect(
      await allowed(() => payload.findByID({ collection: 'event-occurrences', id: row.id, overrideAccess: false })),
    ).toBe(true)
    expect(
      await allowed(() =>
        payload.create({
          collection: 'event-occurrences',
          data: { event: event.id, startsAt: at(0, 18), endsAt: at(0, 18) },
          overrideAccess: false,
        }),
      ),
    ).toBe(false)
    expect(
      await allowed(() =>
        payload.update({ collection: 'event-occurrences', id: row.id, data: { isFree: false }, overrideAccess: false }),
      ),
    ).toBe(false)
    expect(
      await allowed(() => payload.delete({ collection: 'event-occurrences', id: row.id, overrideAccess: false })),
    ).toBe(false)
  })
})

describe('the calendar, per occurrence', () => {
  let weekly: Event
  let once: Event
  beforeAll(async () => {
    weekly = await payload.create({
      collection: 'events',
      data: series({ name: unique('Viikoittain'), sites: [calendarSite] }),
    })
    once = await payload.create({
      collection: 'events',
      data: series({
        name: unique('Vetelissä'),
        sites: [calendarSite],
        place: vetelPlace,
        topics: [],
        audience: ['children'],
        isFree: false,
        recurrence: { frequency: 'none' },
        startsAt: at(1, 12),
        endsAt: null,
      }),
    })
  })

  it('finds the 5th occurrence by its day, with its own time', async () => {
    const day = at(28, 12).slice(0, 10)
    const range = {
      from: new TZDate(`${day}T00:00:00`, 'Europe/Helsinki').toISOString(),
      to: new TZDate(`${day}T23:59:59`, 'Europe/Helsinki').toISOString(),
    }
    const result = await calendarPage(payload, calendarSite, 'fi', filters({ when: 'range', range }), now())
    expect(result.events.map((card) => [card.id, helsinki(card.startsAt), helsinki(card.endsAt!)])).toEqual([
      [weekly.id, helsinki(at(28, 18)), helsinki(at(28, 20))],
    ])
    expect(result.events[0].occurrence).toBe(day)
  })

  it('lists every occurrence soonest first, keeps the other filters, and pages per occurrence', async () => {
    const [w, v] = [weekly.name!, once.name!]
    expect(await page()).toEqual(
      [0, 1, 7, 14, 21, 28, 35].map((days) =>
        days === 1 ? `${v} ${helsinki(at(1, 12))}` : `${w} ${helsinki(at(days, 18))}`,
      ),
    )
    expect(await page({ municipality: '924' })).toEqual([`${v} ${helsinki(at(1, 12))}`])
    expect(await page({ municipality: '074' })).toEqual([])
    expect(await page({ topic: `yso:p${900000 + (process.pid % 1000)}` })).toHaveLength(6)
    expect(await page({ audience: 'children' })).toEqual([`${v} ${helsinki(at(1, 12))}`])
    expect(await page({ freeOnly: true })).toHaveLength(6)
    expect(await page({ text: v })).toHaveLength(1)
    const [first, second] = await Promise.all(
      [1, 2].map((number) => calendarPage(payload, calendarSite, 'fi', filters({ page: number }), now(), 4)),
    )
    expect([first.total, first.pages, second.events.length]).toEqual([7, 2, 3])
    expect(new Set([...first.events, ...second.events].map((card) => card.key)).size).toBe(7)
  })

  it('the front page shows different events, each at its next occurrence', async () => {
    const next = await nextOccurrences(payload, calendarSite, 'fi', now(), 3)
    expect(next.map((card) => `${card.name} ${helsinki(card.startsAt)}`)).toEqual([
      `${weekly.name} ${helsinki(at(0, 18))}`,
      `${once.name} ${helsinki(at(1, 12))}`,
    ])
  })

  it('a feed has each event once, a series with its whole rule', async () => {
    const events = await feedPage(payload, calendarSite, 'fi', filters(), now(), 2000)
    expect(events.map((event) => [event.id, event.recurrence.frequency, event.recurrence.count])).toEqual([
      [weekly.id, 'weekly', 6],
      [once.id, 'none', null],
    ])
  })
})
