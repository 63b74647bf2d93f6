import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { plainTextToRichText } from '../../src/lib/richText'
import { createOrganisation, fieldError, inDays, testPayload, unique } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
const svg = (source: string) =>
  payload.create({
    collection: 'media',
    data: { alt: 'Logo' },
    file: { data: Buffer.from(source), name: `${unique('logo')}.svg`, mimetype: 'image/svg+xml', size: source.length },
  })

describe('text written by anyone', () => {
  it('a NUL byte is refused on the field that holds it, and nothing is stored', async () => {
    const name = unique('Nul')
    expect(await fieldError(payload.create({ collection: 'topics', data: { name: `${name}\u0000` } }), 'name')).toMatch(
      /^Tekstissä on näkymätön NUL-merkki/,
    )
    const stored = await payload.find({ collection: 'topics', where: { name: { like: name } } })
    expect(stored.totalDocs).toBe(0)
  })

  it('a name of a million characters is refused with its length, whatever the field’s own validation', async () => {
    expect(
      await fieldError(
        payload.create({ collection: 'organisations', data: { name: 'x'.repeat(1_000_000), kind: 'association' } }),
        'name',
      ),
    ).toBe('Teksti on 1000000 merkkiä pitkä; enintään 200 merkkiä sallitaan.')
    // A URL field has its own check; the length comes first, with the URL's own limit.
    expect(
      await fieldError(
        payload.create({
          collection: 'organisations',
          data: { name: unique('Ry'), kind: 'association', website: `https://example.org/${'a'.repeat(2000)}` },
        }),
        'website',
      ),
    ).toBe('Teksti on 2020 merkkiä pitkä; enintään 2000 merkkiä sallitaan.')
    expect(
      await fieldError(
        payload.create({
          collection: 'organisations',
          data: { name: unique('Ry'), kind: 'association', contactEmail: `${'a'.repeat(250)}@example.org` },
        }),
        'contactEmail',
      ),
    ).toBe('Teksti on 262 merkkiä pitkä; enintään 254 merkkiä sallitaan.')
  })

  it('a rich-text description is limited by the characters of its text', async () => {
    const organiser = (await createOrganisation(payload)).id
    const event = (description: string): RequiredDataFromCollectionSlug<'events'> => ({
      name: unique('Pitkä'),
      shortDescription: 'Lyhyt.',
      startsAt: inDays(20),
      startsAt_tz: 'Europe/Helsinki',
      onlineUrl: 'https://example.org/',
      organiser,
      eventStatus: 'scheduled' as const,
      _status: 'published' as const,
      description: plainTextToRichText(description),
    })
    expect(
      await fieldError(payload.create({ collection: 'events', data: event('a'.repeat(20_001)) }), 'description'),
    ).toBe('Teksti on 20001 merkkiä pitkä; enintään 20000 merkkiä sallitaan.')
    const fits = await payload.create({ collection: 'events', data: event('a'.repeat(20_000)) })
    expect(fits.id).toBeGreaterThan(0)
  })

  it('counts characters, not UTF-16 units: 200 emoji are a name that fits', async () => {
    const org = await payload.create({
      collection: 'organisations',
      data: { name: '🎻'.repeat(200), kind: 'association' },
    })
    expect([...org.name].length).toBe(200)
  })
})

describe('SVG uploads', () => {
  it.each([
    [
      '<s:script>',
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></svg>',
      /elementti <s:script>/,
    ],
    [
      'an XHTML script',
      '<svg xmlns="http://www.w3.org/2000/svg"><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></svg>',
      /elementti <h:script>/,
    ],
    [
      '<?xml-stylesheet?>',
      '<?xml-stylesheet href="https://example.org/a.css"?><svg xmlns="http://www.w3.org/2000/svg"/>',
      /käsittelyohje <\?xml-stylesheet\?>/,
    ],
  ])('refuses %s in Finnish, saying what it found', async (_, source, reason) => {
    expect(await fieldError(svg(source), 'file')).toMatch(reason)
  })

  it('a PNG still passes', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Piste' },
      file: { data: png, name: `${unique('piste')}.png`, mimetype: 'image/png', size: png.length },
    })
    expect(doc.mimeType).toBe('image/png')
  })
})
