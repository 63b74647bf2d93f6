import http from 'node:http'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { messages, type MessageKey } from '../../src/i18n/admin/messages'
import { dictionary } from '../../src/i18n/site'
import type { Locale } from '../../src/lib/locales'
import { logIn } from '../helpers/login'

/**
 * Bad input over HTTP against the production server: each class answered 500 before; each must
 * get a 4xx with a message in the user's language and store nothing. The tally per class is
 * printed at the end for the report.
 */
const baseUrl = inject('baseUrl')
const admin = (language: Locale, key: MessageKey, vars: Record<string, string | number> = {}) =>
  messages[language][key].replace(/{{(\w+)}}/g, (_, name: string) => String(vars[name] ?? ''))

const tally = new Map<string, { tried: number; clear: number }>()
async function expectRefused(
  group: string,
  request: () => Promise<Response>,
  status: number,
  text: string,
): Promise<string> {
  const entry = tally.get(group) ?? { tried: 0, clear: 0 }
  tally.set(group, entry)
  entry.tried++
  const response = await request()
  const body = await response.text()
  expect({ status: response.status, clear: body.includes(text) }, body.slice(0, 400)).toEqual({ status, clear: true })
  entry.clear++
  return body
}
afterAll(() => {
  console.log([...tally].map(([group, { tried, clear }]) => `${group}: ${clear}/${tried} got a clear 4xx`).join('\n'))
})

let token = ''
beforeAll(async () => {
  token = (await logIn(baseUrl, 'admin')).token
})
const as = (language: Locale, extra: Record<string, string> = {}) => ({
  Authorization: `JWT ${token}`,
  Cookie: `payload-lng=${language}`,
  ...extra,
})
const get =
  (path: string, headers: Record<string, string> = {}) =>
  () =>
    fetch(`${baseUrl}${path}`, { headers })
const postJson =
  (path: string, body: string, language: Locale = 'fi', type = 'application/json') =>
  () =>
    fetch(`${baseUrl}${path}`, { method: 'POST', headers: as(language, { 'Content-Type': type }), body })
const collections = [
  'events',
  'places',
  'organisations',
  'topics',
  'sites',
  'municipalities',
  'media',
  'event-occurrences',
]
const event = (extra: Record<string, unknown>) =>
  JSON.stringify({
    name: 'Roska',
    shortDescription: 'Ei tallennu',
    startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    organiser: 1,
    onlineUrl: 'https://example.org/',
    ...extra,
  })
async function eventsNamed(name: string) {
  const response = await fetch(`${baseUrl}/api/events?where[name][equals]=${name}&draft=true`, { headers: as('fi') })
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

/** A post without Content-Length (Transfer-Encoding: chunked), as a script can send one. */
function chunkedPost(path: string, chunks: number, size: number): Promise<Response> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Transfer-Encoding': 'chunked' },
    })
    request.on('error', reject)
    request.on('response', (response) => {
      const parts: Buffer[] = []
      response.on('data', (part: Buffer) => parts.push(part))
      response.on('end', () => resolve(new Response(Buffer.concat(parts), { status: response.statusCode })))
    })
    for (let i = 0; i < chunks; i++) request.write(Buffer.alloc(size, 'a'))
    request.end()
  })
}

describe('never a 500 for bad input', () => {
  it('NUL bytes in query strings: the calendars, their feeds, Linked Events and REST', async () => {
    for (const [path, locale] of [
      ['/tapahtumat?q=%00', 'fi'],
      ['/sv/evenemang?q=%00', 'sv'],
      ['/en/events?q=a%00b', 'en'],
      ['/tapahtumat.ics?q=%00', 'fi'],
      ['/sv/evenemang.ics?q=%00', 'sv'],
    ] as const)
      await expectRefused('NUL in a query string', get(path), 400, dictionary(locale).badAddressNul)
    await expectRefused(
      'NUL in a query string',
      get('/api/linked-events/v1/event?text=%00', as('sv')),
      400,
      admin('sv', 'nulInQuery'),
    )
    await expectRefused(
      'NUL in a query string',
      get('/api/events?where[name][like]=%00', as('fi')),
      400,
      admin('fi', 'nulInQuery'),
    )
  })

  it('NUL bytes in text fields written through REST: refused on the field, nothing stored', async () => {
    const body = await expectRefused(
      'NUL in a text field',
      postJson('/api/topics', JSON.stringify({ name: 'Nul\u0000aihe' })),
      400,
      admin('fi', 'nulInText'),
    )
    expect(body).toContain('"path":"name"')
    await expectRefused(
      'NUL in a text field',
      postJson('/api/events', event({ name: 'NulRoska', price: 'x\u0000' }), 'en'),
      400,
      admin('en', 'nulInText'),
    )
    expect(await eventsNamed('NulRoska')).toBe(0)
  })

  it('out-of-range page numbers and ids on every REST collection and the Linked Events API', async () => {
    for (const collection of collections)
      for (const page of ['-1', '0', '99999999999999999999', 'abc'])
        await expectRefused(
          'page or id out of range',
          get(`/api/${collection}?page=${page}`, as('fi')),
          400,
          admin('fi', 'pageOutOfRange', { max: 100000 }),
        )
    for (const page of ['-1', '99999999999999999999'])
      await expectRefused(
        'page or id out of range',
        get(`/api/linked-events/v1/event?page=${page}`),
        400,
        'page must be',
      )
    for (const id of ['abc', '99999999999999999999'])
      await expectRefused('page or id out of range', get(`/api/events/${id}`, as('fi')), 404, 'Ei löytynyt')
    await expectRefused(
      'page or id out of range',
      get('/api/linked-events/v1/event/kaustisenseutu:evt-99999999999999999999'),
      404,
      'Not found',
    )
    await expectRefused(
      'page or id out of range',
      get('/sv/evenemang/99999999999999999'),
      404,
      dictionary('sv').notFoundTitle,
    )
    await expectRefused('page or id out of range', get('/tapahtumat/99999999999999999/event.ics'), 404, '')
  })

  it('references to things that do not exist, with the message on the field', async () => {
    for (const [extra, text] of [
      [{ name: 'RefRoska', place: 999999 }, admin('fi', 'missingReference', { value: 999999 })],
      [{ name: 'RefRoska', sites: [999999] }, admin('fi', 'missingReference', { value: 999999 })],
      [{ name: 'RefRoska', place: 'abc' }, admin('fi', 'invalidValue', { value: 'abc' })],
    ] as const)
      await expectRefused('reference to nothing', postJson('/api/events', event(extra)), 400, text)
    expect(await eventsNamed('RefRoska')).toBe(0)
  })

  it('near on a field that is no location, and paths into hidden fields or through a join', async () => {
    for (const path of ['/api/events?where[name][near]=1,2', '/api/events?where[startsAt][near]=23,63,1000'])
      await expectRefused('where near / hidden path', get(path, as('sv')), 400, 'near')
    for (const path of [
      '/api/events?where[organiser.members.hash][exists]=true',
      '/api/events?where[occurrences.event.name][like]=a',
      '/api/events?where[submission.email][like]=a',
      '/api/organisations?where[members.email][like]=a',
    ])
      await expectRefused(
        'where near / hidden path',
        get(path),
        400,
        admin('fi', 'pathNotQueryable', { paths: '' }).slice(0, 20),
      )
  })

  it('paths that are not UTF-8, malformed multipart and bodies that are not JSON', async () => {
    for (const [path, locale] of [
      ['/%ff', 'fi'],
      ['/tapahtumat/%ff', 'fi'],
      ['/sv/%C3', 'sv'],
    ] as const)
      await expectRefused('broken path or body', get(path), 400, dictionary(locale).badAddress)
    // Next itself answered these with a 500 before any route of ours ran: the API, the admin and
    // Next's own files, in the admin's language (its cookie, else the browser's).
    for (const [path, headers, locale] of [
      ['/api/%ff', {}, 'fi'],
      ['/api/events/%ff', { 'Accept-Language': 'sv-FI,sv;q=0.9' }, 'sv'],
      ['/api/%c0%af', { 'Accept-Language': 'en' }, 'en'],
      ['/api/linked-events/v1/event/%ff/', {}, 'fi'],
      ['/admin/%ff', { Cookie: 'payload-lng=sv' }, 'sv'],
      ['/_next/%ff', {}, 'fi'],
      ['/_next/static/%e4.js', { 'Accept-Language': 'en' }, 'en'],
    ] as const)
      await expectRefused('broken path or body', get(path, headers), 400, dictionary(locale).badAddress)
    await expectRefused('broken path or body', postJson('/api/topics', '{nope'), 400, admin('fi', 'invalidJson'))
    await expectRefused(
      'broken path or body',
      postJson('/api/topics', '{nope', 'sv', 'text/plain'),
      400,
      admin('sv', 'invalidJson'),
    )
    await expectRefused(
      'broken path or body',
      postJson(
        '/api/media',
        '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nabc',
        'en',
        'multipart/form-data; boundary=XYZ',
      ),
      400,
      admin('en', 'malformedMultipart'),
    )
    await expectRefused(
      'broken path or body',
      postJson('/api/media', 'garbage', 'fi', 'multipart/form-data'),
      400,
      admin('fi', 'malformedMultipart'),
    )
  })

  it('the public form: a chunked post over the limit and a cross-origin server action', async () => {
    await expectRefused(
      'public form post',
      () => chunkedPost('/sv/evenemang/ny', 10, 64 * 1024),
      411,
      dictionary('sv').submit.lengthRequired,
    )
    await expectRefused(
      'public form post',
      () =>
        fetch(`${baseUrl}/en/events/new`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: 'a'.repeat(600 * 1024),
        }),
      413,
      dictionary('en').submit.tooLarge,
    )
    await expectRefused(
      'public form post',
      () =>
        fetch(`${baseUrl}/tapahtumat/uusi`, {
          method: 'POST',
          headers: { Origin: 'https://evil.example', 'Next-Action': 'x', 'Content-Type': 'text/plain;charset=UTF-8' },
          body: '[]',
        }),
      403,
      dictionary('fi').submit.crossOrigin,
    )
  })
})

describe('limits on size', () => {
  it('REST pages hold at most 100 documents, whatever limit asks', async () => {
    for (const query of ['limit=100000', 'limit=0', 'pagination=false&limit=100000']) {
      const body = (await (await fetch(`${baseUrl}/api/topics?${query}`)).json()) as { limit: number }
      expect(body.limit).toBeLessThanOrEqual(100)
    }
  })

  it('GraphQL refuses 200 aliased lists from an anonymous client, quickly, in the browser’s language', async () => {
    const query = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: Events(limit: 100000) { docs { id name } }`).join(' ')} }`
    const started = Date.now()
    const response = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'sv-FI,sv;q=0.9' },
      body: JSON.stringify({ query }),
    })
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] }
    console.log(`200 aliases refused in ${Date.now() - started} ms`)
    expect(body.data).toBeUndefined()
    expect(body.errors?.[0]?.message).toMatch(/^Frågan är för tung \(kostnad \d+, högst 250\)/)
  })

  it('GraphQL pages hold at most 100 documents too', async () => {
    const response = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Topics(limit: 100000) { limit } }' }),
    })
    const body = (await response.json()) as { data?: { Topics?: { limit: number } } }
    expect(body.data?.Topics?.limit).toBe(100)
  })

  it('an upload of 60 MB is refused in the editor’s language', async () => {
    const form = new FormData()
    const big = new Uint8Array(60 * 1024 * 1024)
    big.set(new TextEncoder().encode('%PDF-1.7\n'))
    form.append('file', new Blob([big], { type: 'application/pdf' }), 'valtava.pdf')
    form.append('_payload', JSON.stringify({ alt: 'Valtava' }))
    await expectRefused(
      'upload over the limit',
      () => fetch(`${baseUrl}/api/media`, { method: 'POST', headers: as('sv'), body: form }),
      413,
      admin('sv', 'requestTooLarge', { max: 15 }),
    )
  })
})
