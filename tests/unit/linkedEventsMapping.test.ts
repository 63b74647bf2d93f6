import { describe, expect, it } from 'vitest'
import {
  remoteTime,
  toLinkedEvent,
  toLinkedPlace,
  toRemoteSeries,
  type MappableEvent,
} from '../../src/plugins/regional-calendar/mapping'

const options = { baseUrl: 'https://calendar.example', dataSource: 'kaustisenseutu', publisher: 'kaustisenseutu:org' }
const event: MappableEvent = {
  id: 42,
  name: { fi: 'Pelimannikonsertti', sv: 'Spelmanskonsert', en: 'Fiddlers' },
  shortDescription: { fi: 'Kansanmusiikkia', sv: 'Folkmusik' },
  descriptionHtml: { fi: '<p>Pitkä kuvaus</p>' },
  startsAt: '2026-07-08T15:00:00.000Z',
  endsAt: '2026-07-08T18:00:00.000Z',
  allDay: false,
  status: 'scheduled',
  placeId: 7,
  keywords: ['yso:p1808'],
  isFree: false,
  price: { fi: '15 €' },
  ticketUrl: 'https://liput.example/42',
  registrationUrl: 'https://ilmo.example/42',
  lastModified: '2026-06-01T10:00:00.000Z',
}

describe('event → Linked Events v1', () => {
  it('maps every field to the contract’s shape', () => {
    expect(toLinkedEvent(event, options)).toEqual({
      id: 'kaustisenseutu:evt-42',
      '@id': 'https://calendar.example/v1/event/kaustisenseutu:evt-42/',
      name: { fi: 'Pelimannikonsertti', sv: 'Spelmanskonsert' },
      short_description: { fi: 'Kansanmusiikkia', sv: 'Folkmusik' },
      description: { fi: '<p>Pitkä kuvaus</p>', sv: '<p>Folkmusik</p>' },
      start_time: '2026-07-08T18:00:00+03:00',
      end_time: '2026-07-08T21:00:00+03:00',
      location: { '@id': 'https://calendar.example/v1/place/kaustisenseutu:place-7/' },
      is_virtualevent: false,
      virtualevent_url: null,
      keywords: [{ '@id': 'https://calendar.example/v1/keyword/yso:p1808/' }],
      offers: [{ is_free: false, price: { fi: '15 €' }, info_url: { fi: 'https://liput.example/42' } }],
      external_links: [{ name: 'registration', link: 'https://ilmo.example/42', language: 'fi' }],
      images: [],
      event_status: 'EventScheduled',
      publication_status: 'public',
      publisher: 'kaustisenseutu:org',
      super_event: null,
      super_event_type: null,
      last_modified_time: '2026-06-01T10:00:00.000Z',
    })
  })

  it('drops a name language that has no short description (the remote would refuse it)', () => {
    const mapped = toLinkedEvent(event, options)
    expect(Object.keys(mapped.name)).toEqual(['fi', 'sv'])
    expect(Object.keys(mapped.description)).toEqual(['fi', 'sv'])
  })

  it('an online event without a place is on the remote’s shared internet place; one with a place keeps it', () => {
    const online = toLinkedEvent({ ...event, placeId: null, onlineUrl: 'https://stream.example/42' }, options)
    expect(online).toMatchObject({
      location: { '@id': 'https://calendar.example/v1/place/system:internet/' },
      is_virtualevent: true,
      virtualevent_url: 'https://stream.example/42',
    })
    const hybrid = toLinkedEvent({ ...event, onlineUrl: 'https://stream.example/42' }, options)
    expect(hybrid.location).toEqual({ '@id': 'https://calendar.example/v1/place/kaustisenseutu:place-7/' })
    expect(hybrid.is_virtualevent).toBe(true)
  })

  it('maps all-day, cancelled, free and placeless events', () => {
    const mapped = toLinkedEvent(
      {
        ...event,
        allDay: true,
        status: 'cancelled',
        isFree: true,
        placeId: null,
        ticketUrl: null,
        registrationUrl: null,
      },
      options,
    )
    expect(mapped.start_time).toBe('2026-07-08')
    expect(mapped.event_status).toBe('EventCancelled')
    expect(mapped.offers).toEqual([{ is_free: true, price: null, info_url: null }])
    expect(mapped.location).toBeNull()
    expect(mapped.external_links).toEqual([])
  })

  it('writes Helsinki time with the right offset on both sides of the DST change', () => {
    expect(remoteTime('2026-10-24T15:00:00.000Z', false)).toBe('2026-10-24T18:00:00+03:00')
    expect(remoteTime('2026-10-26T16:00:00.000Z', false)).toBe('2026-10-26T18:00:00+02:00')
    expect(remoteTime('2026-10-25T22:30:00.000Z', true)).toBe('2026-10-26')
  })

  it('escapes a short description used as the description', () => {
    const mapped = toLinkedEvent(
      { ...event, descriptionHtml: {}, shortDescription: { fi: '<script>x</script> & co' } },
      options,
    )
    expect(mapped.description.fi).toBe('<p>&lt;script&gt;x&lt;/script&gt; &amp; co</p>')
  })
})

describe('a recurring event → parent and children', () => {
  // Weekly on Saturdays 18.00–20.00 Helsinki time, across the October DST change.
  const weekly: MappableEvent = {
    ...event,
    startsAt: '2026-10-17T15:00:00.000Z',
    endsAt: '2026-10-17T17:00:00.000Z',
    occurrences: ['2026-10-17T15:00:00.000Z', '2026-10-24T15:00:00.000Z', '2026-10-31T16:00:00.000Z'],
  }
  const now = new Date('2026-10-01T00:00:00Z')

  it('makes a parent spanning the series and one child per occurrence with date-based ids', () => {
    const { parent, children } = toRemoteSeries(weekly, { ...options, now })
    expect(parent).toMatchObject({
      id: 'kaustisenseutu:evt-42',
      super_event_type: 'recurring',
      super_event: null,
      start_time: '2026-10-17T18:00:00+03:00',
      end_time: '2026-10-31T20:00:00+02:00',
    })
    expect(children.map((child) => [child.id, child.start_time, child.end_time])).toEqual([
      ['kaustisenseutu:evt-42-20261017', '2026-10-17T18:00:00+03:00', '2026-10-17T20:00:00+03:00'],
      ['kaustisenseutu:evt-42-20261024', '2026-10-24T18:00:00+03:00', '2026-10-24T20:00:00+03:00'],
      ['kaustisenseutu:evt-42-20261031', '2026-10-31T18:00:00+02:00', '2026-10-31T20:00:00+02:00'],
    ])
    for (const child of children) {
      expect(child.super_event).toEqual({ '@id': 'https://calendar.example/v1/event/kaustisenseutu:evt-42/' })
      expect(child.super_event_type).toBeNull()
      expect(child.name).toEqual(parent.name)
    }
  })

  it('keeps child ids when the series moves to another time of day', () => {
    const later = {
      ...weekly,
      occurrences: weekly.occurrences!.map((iso) => new Date(Date.parse(iso) + 3_600_000).toISOString()),
    }
    const ids = (e: MappableEvent) => toRemoteSeries(e, { ...options, now }).children.map((child) => child.id)
    expect(ids(later)).toEqual(ids(weekly))
  })

  it('leaves out occurrences that have ended, and numbers two on the same day', () => {
    const { children } = toRemoteSeries(
      { ...weekly, occurrences: [...weekly.occurrences!, '2026-10-31T18:00:00.000Z'] },
      { ...options, now: new Date('2026-10-20T00:00:00Z') },
    )
    expect(children.map((child) => child.id)).toEqual([
      'kaustisenseutu:evt-42-20261024',
      'kaustisenseutu:evt-42-20261031',
      'kaustisenseutu:evt-42-20261031-2',
    ])
  })

  it('uses the incarnation id it is given for the parent and the children', () => {
    const { parent, children } = toRemoteSeries(weekly, { ...options, now, remoteId: 'kaustisenseutu:evt-42r2' })
    expect(parent['@id']).toBe('https://calendar.example/v1/event/kaustisenseutu:evt-42r2/')
    expect(children[0].id).toBe('kaustisenseutu:evt-42r2-20261017')
  })

  it('maps a single event to a parent without children', () => {
    expect(toRemoteSeries(event, { ...options, now }).children).toEqual([])
  })
})

describe('place → Linked Events v1', () => {
  it('maps names, address and position (GeoJSON order)', () => {
    expect(
      toLinkedPlace(
        {
          id: 7,
          name: { fi: 'Näppärikeskus', sv: '' },
          streetAddress: { fi: 'Kaustistie 1' },
          postcode: '69600',
          municipality: { fi: 'Kaustinen', sv: 'Kaustby' },
          latitude: 63.55,
          longitude: 23.7,
        },
        options,
      ),
    ).toEqual({
      id: 'kaustisenseutu:place-7',
      name: { fi: 'Näppärikeskus' },
      street_address: { fi: 'Kaustistie 1' },
      postal_code: '69600',
      address_locality: { fi: 'Kaustinen', sv: 'Kaustby' },
      position: { type: 'Point', coordinates: [23.7, 63.55] },
      publisher: 'kaustisenseutu:org',
    })
  })
})
