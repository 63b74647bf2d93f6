import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { createOrganisation, createUser, fieldError, testPayload, unique } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

describe('business ID', () => {
  it('normalises typed variants to 1234567-8', async () => {
    const org = await payload.create({
      collection: 'organisations',
      data: { name: unique('Oy'), kind: 'company', businessId: ' FI10065385 ' },
    })
    expect(org.businessId).toBe('1006538-5')
  })

  it('refuses a wrong check digit with a Finnish message and keeps the stored value', async () => {
    const org = await createOrganisation(payload)
    const message = await fieldError(
      payload.update({
        collection: 'organisations',
        id: org.id,
        data: { businessId: '1006538-4', website: 'https://example.org/lost?' },
      }),
      'businessId',
    )
    expect(message).toBe('Y-tunnuksen 1006538-4 tarkistenumero ei täsmää. Tarkista tunnus.')
    const stored = await payload.findByID({ collection: 'organisations', id: org.id })
    expect(stored.businessId ?? null).toBeNull()
    expect(stored.website ?? null).toBeNull()
  })

  it('refuses a malformed ID', async () => {
    const message = await fieldError(
      payload.create({
        collection: 'organisations',
        data: { name: unique('Oy'), kind: 'company', businessId: '123-45' },
      }),
      'businessId',
    )
    expect(message).toMatch(/^Y-tunnus on muotoa 1234567-8/)
  })

  it('names the organisation that already has the ID', async () => {
    const first = await payload.create({
      collection: 'organisations',
      data: { name: 'Ensimmäinen Oy', kind: 'company', businessId: '0000001-9' },
    })
    const message = await fieldError(
      payload.create({
        collection: 'organisations',
        data: { name: unique('Toinen'), kind: 'company', businessId: '00000019' },
      }),
      'businessId',
    )
    expect(message).toBe('Y-tunnus 0000001-9 on jo organisaatiolla Ensimmäinen Oy.')
    // Saving the same organisation again with its own ID is not a duplicate.
    await payload.update({ collection: 'organisations', id: first.id, data: { businessId: '0000001-9' } })
  })

  it('refuses a website that is not an absolute http(s) address', async () => {
    const message = await fieldError(
      payload.create({
        collection: 'organisations',
        data: { name: unique('Ry'), kind: 'association', website: 'javascript:alert(1)' },
      }),
      'website',
    )
    expect(message).toBe('Anna verkko-osoite kokonaisena, esimerkiksi https://www.kaustinen.fi.')
  })
})

describe('uploads', () => {
  const upload = (data: Buffer, name: string, mimetype: string, alt: string | undefined = 'Kuvaus') =>
    payload.create({
      collection: 'media',
      data: alt === undefined ? {} : { alt },
      file: { data, name, mimetype, size: data.length },
    })

  it('refuses a file over 15 MB', async () => {
    const big = Buffer.alloc(15 * 1024 * 1024 + 10, 0)
    big.write('%PDF-1.7\n', 0)
    expect(await fieldError(upload(big, 'iso.pdf', 'application/pdf'), 'file')).toBe(
      'Tiedosto on liian suuri. Suurin sallittu koko on 15 Mt.',
    )
  })

  it('refuses a file whose bytes are not an accepted type, whatever its name', async () => {
    const message = await fieldError(
      upload(Buffer.from('MZ\x90\x00 not really an image'), 'kuva.png', 'image/png'),
      'file',
    )
    expect(message).toMatch(/^Tiedostotyyppiä .* ei hyväksytä\./)
    const html = await fieldError(
      upload(Buffer.from('<html><script>alert(1)</script></html>'), 'sivu.html', 'text/html'),
      'file',
    )
    expect(html).toMatch(/ei hyväksytä/)
  })

  it('refuses an SVG with script and accepts a clean one', async () => {
    const evil = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>')
    expect(await fieldError(upload(evil, 'logo.svg', 'image/svg+xml'), 'file')).toMatch(
      /^SVG-kuvaa ei hyväksytä.*<script>/,
    )
    const clean = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#036"/></svg>',
    )
    const doc = await upload(clean, `${unique('logo')}.svg`, 'image/svg+xml')
    expect(doc.mimeType).toBe('image/svg+xml')
  })

  it('requires the alternative text in Finnish', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
      .png()
      .toBuffer()
    expect(await fieldError(upload(png, 'a.png', 'image/png', ''), 'alt')).toBe(
      'Kirjoita kuvalle vaihtoehtoinen teksti suomeksi. Se luetaan näkövammaisille.',
    )
  })
})

describe('login', () => {
  it('five wrong passwords do not lock the account: the right one still logs in (throttling is per client, tests/int/login.test.ts)', async () => {
    const user = await createUser(payload, 'editor')
    for (let i = 0; i < 5; i++)
      await expect(
        payload.login({ collection: 'users', data: { email: user.email, password: 'wrong-password' } }),
      ).rejects.toThrow()
    const loggedIn = await payload.login({
      collection: 'users',
      data: { email: user.email, password: 'correct-horse-battery' },
    })
    expect(loggedIn.token).toBeTruthy()
  })
})
