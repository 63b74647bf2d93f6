import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { messages, type MessageKey } from '../../src/i18n/admin/messages'
import { launchChromium, logInToAdmin } from '../helpers/browser'
import { logIn } from '../helpers/login'

/**
 * The production server (started by tests/helpers/appSetup.ts, which reaches a public page
 * before anything else, as visitors do) must carry every field message the collections define to
 * the REST and GraphQL answers and onto the field in the admin. It lost them once a page had
 * started Payload: two copies of Payload in the server build.
 */
const baseUrl = inject('baseUrl')
const fi = (key: MessageKey, vars: Record<string, string | number> = {}) =>
  messages.fi[key].replace(/{{(\w+)}}/g, (_, name: string) => String(vars[name] ?? ''))
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

let auth: Record<string, string>
beforeAll(async () => {
  auth = { ...(await logIn(baseUrl, 'admin')).headers, Cookie: 'payload-lng=fi' }
})

type FieldErrors = { errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }

const event = { name: 'Testi', shortDescription: 'Lyhyt', startsAt: inDays(30), onlineUrl: 'https://example.org/' }
/** One case for each validation message of each collection: collection, data, field, message. */
const cases: [string, Record<string, unknown>, string, string][] = [
  [
    'organisations',
    { name: 'Oy', kind: 'company', businessId: '1234567-2' },
    'businessId',
    fi('businessIdChecksum', { value: '1234567-2' }),
  ],
  ['organisations', { name: 'Oy', kind: 'company', businessId: '123' }, 'businessId', fi('businessIdFormat')],
  ['organisations', { name: 'Ry', kind: 'association', website: 'javascript:alert(1)' }, 'website', fi('invalidUrl')],
  ['places', { name: 'Paikka', postcode: 'abc' }, 'postcode', fi('invalidPostcode')],
  ['places', { postcode: '69600' }, 'name', fi('placeNameRequired')],
  [
    'places',
    { name: 'Paikka', coordinates: { latitude: 10, longitude: 23 } },
    'coordinates.latitude',
    fi('invalidLatitude'),
  ],
  [
    'places',
    { name: 'Paikka', coordinates: { latitude: 63, longitude: 50 } },
    'coordinates.longitude',
    fi('invalidLongitude'),
  ],
  ['topics', { name: 'Aihe', ysoId: 'p1' }, 'ysoId', fi('invalidYso')],
  ['municipalities', { name: 'Kunta', code: '1' }, 'code', fi('invalidMunicipalityCode')],
  [
    'sites',
    { key: 'x', name: 'S', hostnames: [{ hostname: 'http://x.fi' }] },
    'hostnames.0.hostname',
    fi('invalidHostname'),
  ],
  [
    'events',
    { ...event, shortDescription: 'x'.repeat(161) },
    'shortDescription',
    fi('shortDescriptionTooLong', { length: 161 }),
  ],
  ['events', { ...event, endsAt: inDays(29) }, 'endsAt', fi('endBeforeStart')],
  ['events', { ...event, startsAt: inDays(-2) }, 'startsAt', fi('startInPast')],
  ['events', { ...event, onlineUrl: null }, 'place', fi('placeOrUrlRequired')],
  ['events', { ...event, name: 'x'.repeat(1_000_000) }, 'name', fi('textTooLong', { length: 1_000_000, max: 200 })],
]

describe('field messages in the production build', () => {
  it.each(cases)('REST: %s refuses %j on %s with its own message', async (collection, data, path, message) => {
    const response = await fetch(`${baseUrl}/api/${collection}`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify(data),
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as FieldErrors
    expect(body.errors?.[0]?.data?.errors?.find((error) => error.path === path)?.message).toBe(message)
  })

  it('an upload without an alternative text is refused with its message', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    )
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), 'piste.png')
    form.append('_payload', JSON.stringify({ alt: '' }))
    const response = await fetch(`${baseUrl}/api/media`, { method: 'POST', headers: auth, body: form })
    expect(response.status).toBe(400)
    const body = (await response.json()) as FieldErrors
    expect(body.errors?.[0]?.data?.errors?.find((error) => error.path === 'alt')?.message).toBe(fi('altRequired'))
  })

  it('GraphQL: the same messages in the errors’ data', async () => {
    const response = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { createOrganisation(data: { name: "Oy", kind: company, businessId: "1234567-2" }) { id } }',
      }),
    })
    const body = (await response.json()) as {
      errors?: { extensions?: { name?: string; data?: { errors?: { path: string; message: string }[] } } }[]
    }
    expect(body.errors?.[0]?.extensions?.name).toBe('ValidationError')
    expect(body.errors?.[0]?.extensions?.data?.errors?.[0]).toMatchObject({
      path: 'businessId',
      message: fi('businessIdChecksum', { value: '1234567-2' }),
    })
  })
})

describe('field messages in the admin of the production build', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** An editor fills a new document's text fields in the admin and saves: the message on `field`. */
  async function messageOnSave(collection: string, fields: Record<string, string>, field: string) {
    const page = await logInToAdmin(browser, baseUrl, 'editor')
    try {
      await page.goto(`${baseUrl}/admin/collections/${collection}/create`)
      for (const [name, value] of Object.entries(fields)) await page.locator(`#field-${name}`).fill(value)
      await page.getByRole('button', { name: 'Tallenna' }).click()
      const fieldError = page
        .locator('.field-type.text', { has: page.locator(`#field-${field}`) })
        .locator('.field-error')
      await fieldError.waitFor({ state: 'attached' })
      return await fieldError.textContent()
    } finally {
      await page.context().close()
    }
  }

  it('an editor saving a wrong business ID sees why on the field, and nothing is saved', async () => {
    const fields = { name: 'Virheellinen Oy', businessId: '1234567-2' }
    expect(await messageOnSave('organisations', fields, 'businessId')).toContain(
      fi('businessIdChecksum', { value: '1234567-2' }),
    )
    const search = await fetch(`${baseUrl}/api/organisations?where[name][equals]=Virheellinen%20Oy`, { headers: auth })
    expect(((await search.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })

  it('an editor saving a topic with a malformed YSO id sees why on the field', async () => {
    expect(await messageOnSave('topics', { name: 'Aihe', ysoId: 'p1' }, 'ysoId')).toContain(fi('invalidYso'))
  })
})
