import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Event, User } from '../../src/payload-types'
import { createOrganisation, createUser, fieldError, inDays, testPayload, unique } from '../helpers/payload'

let payload: Payload
let ownOrganisation: number
let otherOrganisation: number
let member: User
let placeId: number

function event(overrides: Partial<Event> = {}) {
  return {
    name: unique('Pelimannikonsertti'),
    shortDescription: 'Kansanmusiikkia Kaustisella.',
    startsAt: inDays(10),
    startsAt_tz: 'Europe/Helsinki' as const,
    endsAt: inDays(10, 21),
    endsAt_tz: 'Europe/Helsinki' as const,
    place: placeId,
    organiser: ownOrganisation,
    eventStatus: 'scheduled' as const,
    _status: 'published' as const,
    ...overrides,
  }
}

beforeAll(async () => {
  payload = await testPayload()
  ownOrganisation = (await createOrganisation(payload)).id
  otherOrganisation = (await createOrganisation(payload)).id
  member = await createUser(payload, 'organisationMember', [ownOrganisation])
  const municipality = (await payload.find({ collection: 'municipalities', where: { code: { equals: '236' } } }))
    .docs[0]
  placeId = (
    await payload.create({
      collection: 'places',
      data: { name: 'Kansantaiteenkeskus', postcode: '69600', municipality: municipality.id },
    })
  ).id
})

describe('event validation (Finnish messages)', () => {
  it('publishes a complete event', async () => {
    const doc = await payload.create({ collection: 'events', data: event() })
    expect(doc._status).toBe('published')
    expect(doc.startsAt_tz).toBe('Europe/Helsinki')
  })

  it('refuses an end before the start', async () => {
    expect(
      await fieldError(payload.create({ collection: 'events', data: event({ endsAt: inDays(9) }) }), 'endsAt'),
    ).toBe('Tapahtuma ei voi päättyä ennen kuin se alkaa.')
  })

  it('refuses a new event that starts in the past', async () => {
    expect(
      await fieldError(
        payload.create({ collection: 'events', data: event({ startsAt: inDays(-1), endsAt: null }) }),
        'startsAt',
      ),
    ).toBe('Uuden tapahtuman alkamisaika on jo mennyt. Tarkista päivämäärä ja kellonaika.')
  })

  it('refuses a short description over the calendar’s 160 characters, counting characters not bytes', async () => {
    const ok = 'ä'.repeat(160)
    await payload.create({ collection: 'events', data: event({ shortDescription: ok }) })
    expect(
      await fieldError(
        payload.create({ collection: 'events', data: event({ shortDescription: `${ok}x` }) }),
        'shortDescription',
      ),
    ).toBe('Lyhyt kuvaus on 161 merkkiä; alueellinen tapahtumakalenteri hyväksyy enintään 160.')
  })

  it('needs a place or an online address', async () => {
    expect(await fieldError(payload.create({ collection: 'events', data: event({ place: null }) }), 'place')).toBe(
      'Valitse tapahtumapaikka tai anna verkkotapahtuman osoite (tai molemmat).',
    )
    const online = await payload.create({
      collection: 'events',
      data: event({ place: null, onlineUrl: 'https://example.org/stream' }),
    })
    expect(online.onlineUrl).toBe('https://example.org/stream')
  })

  it('refuses links that are not web addresses', async () => {
    expect(
      await fieldError(payload.create({ collection: 'events', data: event({ ticketUrl: 'liput.fi' }) }), 'ticketUrl'),
    ).toBe('Anna verkko-osoite kokonaisena, esimerkiksi https://www.kaustinen.fi.')
    expect(
      await fieldError(
        payload.create({ collection: 'events', data: event({ registrationUrl: 'javascript:alert(1)' }) }),
        'registrationUrl',
      ),
    ).toMatch(/verkko-osoite/)
  })

  it('needs the name and short description in Finnish', async () => {
    expect(await fieldError(payload.create({ collection: 'events', data: event({ name: '' }) }), 'name')).toBe(
      'Anna tapahtumalle nimi suomeksi.',
    )
    expect(
      await fieldError(
        payload.create({ collection: 'events', data: event({ shortDescription: '  ' }) }),
        'shortDescription',
      ),
    ).toMatch(/^Kirjoita lyhyt kuvaus suomeksi/)
  })

  it('keeps an unfinished draft as it is: drafts are validated when published', async () => {
    const draft = await payload.create({
      collection: 'events',
      data: event({ place: null, endsAt: inDays(9), _status: 'draft' }),
      draft: true,
    })
    expect(draft._status).toBe('draft')
    expect(
      await fieldError(
        payload.update({ collection: 'events', id: draft.id, data: { _status: 'published' } }),
        'endsAt',
      ),
    ).toMatch(/päättyä ennen/)
    const stored = await payload.findByID({ collection: 'events', id: draft.id, draft: true })
    expect(stored.endsAt).toBe(draft.endsAt)
  })
})

describe('organisation members and events', () => {
  it('a member’s new event belongs to its own organisation', async () => {
    const { organiser: _, ...data } = event()
    const doc = await payload.create({ collection: 'events', data: data as never, user: member, overrideAccess: false })
    expect(doc.organiser).toMatchObject({ id: ownOrganisation })
  })

  it('a member cannot create or move an event into another organisation', async () => {
    expect(
      await fieldError(
        payload.create({
          collection: 'events',
          data: event({ organiser: otherOrganisation }),
          user: member,
          overrideAccess: false,
        }),
        'organiser',
      ),
    ).toBe('Voit lisätä ja muokata vain oman organisaatiosi tapahtumia.')
    const own = await payload.create({ collection: 'events', data: event(), user: member, overrideAccess: false })
    expect(
      await fieldError(
        payload.update({
          collection: 'events',
          id: own.id,
          data: { organiser: otherOrganisation },
          user: member,
          overrideAccess: false,
        }),
        'organiser',
      ),
    ).toMatch(/oman organisaatiosi/)
  })

  it('a visitor lists only published events; a member also its own drafts, not others’', async () => {
    const ownDraft = await payload.create({ collection: 'events', data: event({ _status: 'draft' }), draft: true })
    const otherDraft = await payload.create({
      collection: 'events',
      data: event({ organiser: otherOrganisation, _status: 'draft' }),
      draft: true,
    })
    const visible = async (user?: User) =>
      (
        await payload.find({
          collection: 'events',
          where: { id: { in: [ownDraft.id, otherDraft.id] } },
          draft: true,
          user,
          overrideAccess: false,
        })
      ).docs.map((d) => d.id)
    expect(await visible()).toEqual([])
    expect(await visible(member)).toEqual([ownDraft.id])
  })
})

describe('iCalendar sequence', () => {
  it('rises on significant changes only, whatever a client sends', async () => {
    const created = await payload.create({ collection: 'events', data: { ...event(), icalSequence: 99 } })
    expect(created.icalSequence).toBe(0)
    const priced = await payload.update({
      collection: 'events',
      id: created.id,
      data: { price: '5 €', icalSequence: 50 },
    })
    expect(priced.icalSequence).toBe(0)
    const moved = await payload.update({
      collection: 'events',
      id: created.id,
      data: { startsAt: inDays(11), endsAt: inDays(11, 21) },
    })
    expect(moved.icalSequence).toBe(1)
    const cancelled = await payload.update({ collection: 'events', id: created.id, data: { eventStatus: 'cancelled' } })
    expect(cancelled.icalSequence).toBe(2)
  })

  it('rises when a series loses or gains a date or its rule changes, so calendar apps drop a removed date', async () => {
    const weekly = { frequency: 'weekly' as const, weekdays: ['TU' as const, 'TH' as const], count: 6 }
    const created = await payload.create({ collection: 'events', data: event({ recurrence: weekly }) })
    const update = (recurrence: Event['recurrence']) =>
      payload.update({ collection: 'events', id: created.id, data: { recurrence } })

    const removed = await update({ ...weekly, removed: [{ date: inDays(17, 0) }] })
    expect(removed.recurrence?.removed).toHaveLength(1)
    expect(removed.icalSequence).toBe(1)
    // Saved again as it is (the rows with their ids, as the admin sends them): nothing a calendar shows changed.
    const resaved = await update(removed.recurrence)
    expect(resaved.icalSequence).toBe(1)
    const fewer = await update({ ...removed.recurrence, count: 4 })
    expect(fewer.recurrence?.rule).toBe('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4')
    expect(fewer.icalSequence).toBe(2)
    const added = await update({ ...fewer.recurrence, added: [{ start: inDays(30) }] })
    expect(added.icalSequence).toBe(3)
    const restored = await update({ ...added.recurrence, removed: [] })
    expect(restored.icalSequence).toBe(4)
  })
})

describe('recurring events', () => {
  it('stores a weekly series as an RFC 5545 rule', async () => {
    const doc = await payload.create({
      collection: 'events',
      data: event({ recurrence: { frequency: 'weekly', weekdays: ['TU', 'TH'], count: 6 } }),
    })
    expect(doc.recurrence?.rule).toBe('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6')
    const once = await payload.update({ collection: 'events', id: doc.id, data: { recurrence: { frequency: 'none' } } })
    expect(once.recurrence?.rule ?? null).toBeNull()
  })

  it('refuses a rule that would produce more than 500 occurrences, or has no end', async () => {
    expect(
      await fieldError(
        payload.create({ collection: 'events', data: event({ recurrence: { frequency: 'daily', count: 501 } }) }),
        'recurrence.frequency',
      ),
    ).toBe('Toistosääntö tuottaisi yli 500 kertaa. Lyhennä jaksoa tai harvenna toistoa.')
    expect(
      await fieldError(
        payload.create({
          collection: 'events',
          data: event({ recurrence: { frequency: 'weekly', weekdays: ['MO'] } }),
        }),
        'recurrence.frequency',
      ),
    ).toMatch(/^Toistuvalle tapahtumalle tarvitaan loppu/)
  })
})

describe('event versions', () => {
  it('a member reads the versions of its own events and not of others’', async () => {
    const own = await payload.create({ collection: 'events', data: event() })
    await payload.update({ collection: 'events', id: own.id, data: { price: '5 €' } })
    const other = await payload.create({ collection: 'events', data: event({ organiser: otherOrganisation }) })
    const versionsOf = async (id: number) =>
      (
        await payload.findVersions({
          collection: 'events',
          where: { parent: { equals: id } },
          user: member,
          overrideAccess: false,
        })
      ).totalDocs
    expect(await versionsOf(own.id)).toBeGreaterThanOrEqual(2)
    expect(await versionsOf(other.id)).toBe(0)
  })
})
