import { describe, expect, inject, it } from 'vitest'
import { logIn } from '../helpers/login'

const baseUrl = inject('baseUrl')

async function graphql(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  })
  return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] }
}

async function login(
  role: 'admin' | 'editor' | 'organisationMember',
  language = 'fi',
): Promise<Record<string, string>> {
  return { ...(await logIn(baseUrl, role)).headers, Cookie: `payload-lng=${language}` }
}

describe('anonymous requests', () => {
  it('REST: users are not listed, organisations are but without e-mail, writes are refused', async () => {
    expect((await fetch(`${baseUrl}/api/users`)).status).toBe(403)
    const organisations = (await (await fetch(`${baseUrl}/api/organisations?limit=100`)).json()) as {
      docs: Record<string, unknown>[]
    }
    expect(organisations.docs.length).toBeGreaterThan(0)
    expect(organisations.docs.every((doc) => doc.contactEmail === undefined && doc.members === undefined)).toBe(true)
    const created = await fetch(`${baseUrl}/api/topics`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Roskaa' }),
    })
    expect(created.status).toBe(403)
    const firstSite = ((await (await fetch(`${baseUrl}/api/sites`)).json()) as { docs: { id: number }[] }).docs[0]
    expect((await fetch(`${baseUrl}/api/sites/${firstSite.id}`, { method: 'DELETE' })).status).toBe(403)
  })

  it('GraphQL: users are refused and organisation e-mail addresses stay hidden', async () => {
    const users = await graphql('{ Users { docs { email } } }')
    expect(users.errors?.length).toBeGreaterThan(0)
    expect(JSON.stringify(users.data ?? {})).not.toContain('@')
    const organisations = await graphql('{ Organisations(limit: 100) { docs { name contactEmail } } }')
    const docs = (organisations.data?.Organisations as { docs: { name: string; contactEmail: string | null }[] }).docs
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((doc) => doc.contactEmail === null)).toBe(true)
    const mutation = await graphql('mutation { createTopic(data: { name: "Roskaa" }) { id } }')
    expect(mutation.errors?.[0]?.message).toBeTruthy()
  })
})

describe('bad input over HTTP answers in the editor language', () => {
  it('a Swedish-speaking editor gets the business ID error in Swedish and nothing is saved', async () => {
    const headers = { ...(await login('editor', 'sv')), 'Content-Type': 'application/json' }
    const response = await fetch(`${baseUrl}/api/organisations`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Felaktig Ab', kind: 'company', businessId: '1006538-4' }),
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors: { path: string; message: string }[] } }[] }
    const fieldError = body.errors[0].data!.errors.find((error) => error.path === 'businessId')
    expect(fieldError?.message).toBe('Kontrollsiffran i FO-numret 1006538-4 stämmer inte. Kontrollera numret.')
    const search = (await (
      await fetch(`${baseUrl}/api/organisations?where[name][equals]=Felaktig%20Ab`, { headers })
    ).json()) as { totalDocs: number }
    expect(search.totalDocs).toBe(0)
  })

  it('an upload over 15 MB is refused with a clear message, in Finnish by default', async () => {
    const headers = await login('editor', 'fi')
    const form = new FormData()
    const big = new Uint8Array(16 * 1024 * 1024)
    big.set(new TextEncoder().encode('%PDF-1.7\n'))
    form.append('file', new Blob([big], { type: 'application/pdf' }), 'iso.pdf')
    form.append('_payload', JSON.stringify({ alt: 'Iso tiedosto' }))
    const response = await fetch(`${baseUrl}/api/media`, { method: 'POST', headers, body: form })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('Tiedosto on liian suuri. Suurin sallittu koko on 15 Mt.')
  })
})
