import { describe, expect, it } from 'vitest'
import { eventJsonLd, serializeJsonLd } from '../../src/lib/jsonld'

const base = {
  name: 'Pelimanniilta',
  description: 'Kansanmusiikkia',
  url: 'https://kaustisenseutu.fi/tapahtumat/1',
  startsAt: '2026-07-08T15:00:00.000Z',
  endsAt: '2026-07-08T18:00:00.000Z',
  status: 'scheduled' as const,
  place: { name: 'Kansantaiteenkeskus', streetAddress: 'Santamäentie 1', postcode: '69600', locality: 'Kaustinen' },
  organiser: 'Kaustisen kunta',
  isFree: false,
  price: '10 €',
  inLanguage: 'fi',
}

describe('schema.org Event JSON-LD', () => {
  it('describes a scheduled event at a place', () => {
    const json = eventJsonLd(base) as unknown as Record<string, unknown>
    expect(json).toMatchObject({
      '@type': 'Event',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      offers: { '@type': 'Offer', description: '10 €' },
    })
    expect((json.location as Record<string, unknown>).name).toBe('Kansantaiteenkeskus')
  })

  it('marks cancelled and mixed online/offline events', () => {
    const json = eventJsonLd({
      ...base,
      status: 'cancelled',
      onlineUrl: 'https://example.org/live',
    }) as unknown as Record<string, unknown>
    expect(json.eventStatus).toBe('https://schema.org/EventCancelled')
    expect(json.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode')
    expect(Array.isArray(json.location)).toBe(true)
  })

  it('cannot be broken out of its script element by any text', () => {
    const text = serializeJsonLd(
      eventJsonLd({ ...base, name: '</script><script>alert(1)</script>', description: 'a & b <!-- c' }),
    )
    expect(text).not.toMatch(/<|>/)
    expect(text).not.toContain('&')
    expect((JSON.parse(text) as { name: string }).name).toBe('</script><script>alert(1)</script>')
  })
})
