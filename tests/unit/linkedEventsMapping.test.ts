import { describe, expect, it } from 'vitest'
import { remoteTime, toLinkedEvent, type MappableEvent } from '../../src/plugins/regional-calendar/mapping'

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

  it('maps all-day, cancelled, free and online-only events', () => {
    const mapped = toLinkedEvent({ ...event, allDay: true, status: 'cancelled', isFree: true, placeId: null, ticketUrl: null, registrationUrl: null }, options)
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
    const mapped = toLinkedEvent({ ...event, descriptionHtml: {}, shortDescription: { fi: '<script>x</script> & co' } }, options)
    expect(mapped.description.fi).toBe('<p>&lt;script&gt;x&lt;/script&gt; &amp; co</p>')
  })
})
