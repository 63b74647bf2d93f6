import { beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { findRedirect, redirectTarget } from '../../src/app/(sites)/data/redirects'
import type { Site, User } from '../../src/payload-types'
import { createOrganisation, createUser, fieldError, inDays, testPayload, unique } from '../helpers/payload'
import { rest } from '../helpers/rest'

let payload: Payload
let editor: User
let token: string
let site: Site
let other: Site

async function makeSite(key: string) {
  return payload.create({
    collection: 'sites',
    data: { key, name: key, hostnames: [{ hostname: `${key}.test.example` }], defaultLocale: 'fi' },
    overrideAccess: true,
  })
}

beforeAll(async () => {
  payload = await testPayload()
  editor = await createUser(payload, 'editor')
  token = (
    await payload.login({ collection: 'users', data: { email: editor.email, password: 'correct-horse-battery' } })
  ).token!
  site = await makeSite(unique('shape').toLowerCase())
  other = await makeSite(unique('shape').toLowerCase())
})

/** The address an old path of a site is sent to, as the site's 404 path reads it. */
const resolve = async (siteId: number, path: string, locale: 'fi' | 'sv' | 'en') =>
  redirectTarget(await findRedirect(payload, siteId, path), locale)

/** A REST update of the site as the editor, in an admin language. */
async function updateSiteAs(language: 'fi' | 'sv' | 'en', data: Record<string, unknown>) {
  const response = await rest('PATCH', `/sites/${site.id}`, {
    token,
    body: data,
    headers: { Cookie: `payload-lng=${language}` },
  })
  return {
    status: response.status,
    body: (await response.json()) as { errors?: { data?: { errors?: { path: string; message: string }[] } }[] },
  }
}

describe('a site’s look, kept by editors', () => {
  it('takes an accent colour that white text can be read on, stored as #rrggbb', async () => {
    const { status } = await updateSiteAs('fi', { accentColor: ' #1D4F91 ' })
    expect(status).toBe(200)
    expect((await payload.findByID({ collection: 'sites', id: site.id })).accentColor).toBe('#1d4f91')
  })

  it.each([
    [
      'fi',
      'Värin #ffcc00 kontrasti valkoiseen tekstiin on 1.51:1; saavutettavuus (WCAG AA) vaatii vähintään 4.5:1. Valitse tummempi sävy.',
    ],
    [
      'sv',
      'Färgen #ffcc00 har kontrasten 1.51:1 mot vit text; tillgänglighet (WCAG AA) kräver minst 4.5:1. Välj en mörkare nyans.',
    ],
    [
      'en',
      'The colour #ffcc00 has a contrast of 1.51:1 with white text; accessibility (WCAG AA) needs at least 4.5:1. Choose a darker shade.',
    ],
  ] as const)('refuses a colour too light for white text, saying so in %s', async (language, text) => {
    const { status, body } = await updateSiteAs(language, { accentColor: '#FFCC00' })
    expect(status).toBe(400)
    expect(body.errors?.[0]?.data?.errors).toEqual([expect.objectContaining({ path: 'accentColor', message: text })])
    expect((await payload.findByID({ collection: 'sites', id: site.id })).accentColor).toBe('#1d4f91')
  })

  it('refuses a colour that is not #RRGGBB', async () => {
    expect(
      await fieldError(
        payload.update({ collection: 'sites', id: site.id, data: { accentColor: 'blue' } }),
        'accentColor',
      ),
    ).toBe('Anna väri muodossa #RRGGBB, esimerkiksi #1d4f91.')
  })

  it('lets an editor set the menu, but not the host names, which stay the admins’', async () => {
    const hostnames = site.hostnames
    const { status } = await updateSiteAs('fi', {
      navigation: [{ label: 'Tapahtumat', page: '/events' }],
      hostnames: [{ hostname: 'kaapattu.example' }],
    })
    expect(status).toBe(200)
    const stored = await payload.findByID({ collection: 'sites', id: site.id })
    expect(stored.navigation?.map((link) => link.page)).toEqual(['/events'])
    expect(stored.hostnames?.map((entry) => entry.hostname)).toEqual(hostnames?.map((entry) => entry.hostname))
  })

  it('wants a menu link to name a page or an address, not both', async () => {
    expect(
      await fieldError(
        payload.update({
          collection: 'sites',
          id: site.id,
          data: { navigation: [{ label: 'Kumpi?', page: '/events', url: 'https://example.org/' }] },
        }),
        'navigation.0.page',
      ),
    ).toBe('Valitse linkille sivu tai anna sen osoite, mutta ei molempia.')
  })
})

describe('alert banners', () => {
  it('must end after they start', async () => {
    expect(
      await fieldError(
        payload.create({
          collection: 'alerts',
          data: {
            text: 'Vesikatko',
            severity: 'warning',
            sites: [site.id],
            startsAt: '2026-12-10T10:00:00.000Z',
            endsAt: '2026-12-10T09:00:00.000Z',
          },
        }),
        'endsAt',
      ),
    ).toBe('Tiedotteen on päätyttävä alkamisensa jälkeen.')
  })

  it('are read by visitors only once they have started', async () => {
    const future = await payload.create({
      collection: 'alerts',
      data: {
        text: unique('Tuleva'),
        severity: 'info',
        sites: [site.id],
        startsAt: new Date(Date.now() + 3600_000).toISOString(),
        endsAt: new Date(Date.now() + 7200_000).toISOString(),
      },
    })
    const visible = await payload.find({
      collection: 'alerts',
      where: { id: { equals: future.id } },
      overrideAccess: false,
    })
    expect(visible.docs).toHaveLength(0)
    const asEditor = await payload.find({
      collection: 'alerts',
      where: { id: { equals: future.id } },
      overrideAccess: false,
      user: editor,
    })
    expect(asEditor.docs).toHaveLength(1)
  })
})

describe('redirects editors make for old addresses', () => {
  it('resolve a site’s old path, pasted as a whole URL, to the new address', async () => {
    await payload.create({
      collection: 'redirects',
      data: {
        from: 'https://vanha.example/Ajankohtaista/kyl%C3%A4-ilta/?id=3',
        to: { type: 'custom', url: '/tapahtumat' },
        sites: [site.id],
        type: '308',
      },
      user: editor,
      overrideAccess: false,
    })
    expect(await resolve(site.id, '/Ajankohtaista/kylä-ilta', 'fi')).toEqual({ to: '/tapahtumat', permanent: true })
    // Per site: the other site has no such redirect.
    expect(await resolve(other.id, '/Ajankohtaista/kylä-ilta', 'fi')).toBeUndefined()
  })

  it('point at an event in the visitor’s language, and may be temporary', async () => {
    const organiser = (await createOrganisation(payload)).id
    const event = await payload.create({
      collection: 'events',
      data: {
        name: unique('Uusi tapahtuma'),
        shortDescription: 'Testi',
        startsAt: inDays(5),
        startsAt_tz: 'Europe/Helsinki',
        eventStatus: 'scheduled',
        onlineUrl: 'https://example.org',
        organiser,
        _status: 'published',
      },
    })
    const from = `/${unique('vanha-tapahtuma')}`
    await payload.create({
      collection: 'redirects',
      data: {
        from: `/sv${from}`,
        to: { type: 'reference', reference: { relationTo: 'events', value: event.id } },
        sites: [site.id],
        type: '307',
      },
    })
    expect(await resolve(site.id, `/sv${from}`, 'sv')).toEqual({
      to: `/sv/evenemang/${event.id}`,
      permanent: false,
    })
  })

  it('allow one redirect for an old path a site, with a clear message', async () => {
    const from = `/${unique('kahdesti')}`
    await payload.create({
      collection: 'redirects',
      data: { from, to: { type: 'custom', url: '/' }, sites: [site.id], type: '308' },
    })
    expect(
      await fieldError(
        payload.create({
          collection: 'redirects',
          data: { from, to: { type: 'custom', url: '/tapahtumat' }, sites: [site.id, other.id], type: '308' },
        }),
        'from',
      ),
    ).toBe(`Osoitteelle ${from} on jo uudelleenohjaus jollakin valituista sivustoista.`)
    // Another site may send the same old path elsewhere.
    await payload.create({
      collection: 'redirects',
      data: { from, to: { type: 'custom', url: '/tapahtumat' }, sites: [other.id], type: '308' },
    })
  })

  it('refuse a target that is neither a path of the site nor a web address', async () => {
    expect(
      await fieldError(
        payload.create({
          collection: 'redirects',
          data: {
            from: `/${unique('x')}`,
            to: { type: 'custom', url: 'javascript:alert(1)' },
            sites: [site.id],
            type: '308',
          },
        }),
        'to.url',
      ),
    ).toBe('Anna uusi osoite sivuston polkuna (/tapahtumat) tai kokonaisena (https://…).')
  })
})
