import { describe, expect, it } from 'vitest'
import { eventJsonLd, newsArticleJsonLd, serializeJsonLd } from '../../src/lib/jsonld'

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

describe('schema.org NewsArticle JSON-LD', () => {
  const item = {
    headline: 'Seudun tapahtumakalenteri avautuu',
    description: 'Viiden kunnan tapahtumat yhdessä kalenterissa.',
    url: 'https://kaustisenseutu.fi/tiedotteet/kalenteri',
    image: 'https://kaustisenseutu.fi/api/media/file/kalenteri.jpg',
    publishedAt: '2026-12-01T08:00:00.000Z',
    updatedAt: '2026-12-02T08:00:00.000Z',
    publisher: { name: 'Kaustisen seutu', url: 'https://kaustisenseutu.fi/' },
    inLanguage: 'fi',
  }

  it('names the writer as author, and the site as publisher', () => {
    const json = newsArticleJsonLd({ ...item, author: 'Demo Viestintä' }) as unknown as Record<string, unknown>
    expect(json).toMatchObject({
      '@type': 'NewsArticle',
      headline: item.headline,
      image: [item.image],
      datePublished: item.publishedAt,
      dateModified: item.updatedAt,
      author: { '@type': 'Person', name: 'Demo Viestintä' },
      publisher: { '@type': 'Organization', name: 'Kaustisen seutu' },
      mainEntityOfPage: item.url,
    })
  })

  it('names the site as author when no writer is given', () => {
    const json = newsArticleJsonLd(item) as unknown as Record<string, unknown>
    expect(json.author).toEqual({ '@type': 'Organization', name: 'Kaustisen seutu', url: 'https://kaustisenseutu.fi/' })
  })
})
