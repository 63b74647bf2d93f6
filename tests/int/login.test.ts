import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { LOGIN_LIMITS } from '../../src/collections/hooks/loginThrottle'
import { PEER_ADDRESS_HEADER } from '../../src/server/peerAddress'
import { mailTo } from '../helpers/mail'
import { createUser, testPayload, unique } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

let nextClient = 1
/** A fresh client address, as the connection's own (what src/server/peerAddress.ts records). */
const newClient = () => `198.18.${Math.floor(nextClient / 250)}.${nextClient++ % 250}`

async function login(client: string, email: string, password: string) {
  const started = performance.now()
  const response = await rest('POST', '/users/login', {
    body: { email, password },
    headers: { [PEER_ADDRESS_HEADER]: client },
  })
  const body = (await response.json()) as { errors?: { message: string }[] }
  return { status: response.status, message: body.errors?.[0]?.message, ms: performance.now() - started }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

describe('login throttling', () => {
  it("a stranger's wrong passwords throttle the stranger, never lock the editor out", async () => {
    const editor = await createUser(payload, 'editor')
    const stranger = newClient()
    for (let i = 0; i < LOGIN_LIMITS.perClientAccount; i++)
      expect((await login(stranger, editor.email, 'wrong-password')).status).toBe(401)
    const throttled = await login(stranger, editor.email, 'correct-horse-battery')
    expect(throttled.status).toBe(429)
    expect(throttled.message).toBe('Liian monta epäonnistunutta kirjautumisyritystä. Odota vartti ja yritä uudelleen.')
    // The editor, from its own computer, logs in at once.
    expect((await login(newClient(), editor.email, 'correct-horse-battery')).status).toBe(200)
  })

  it('one client trying many accounts is throttled after the per-client limit; others are not', async () => {
    const sprayer = newClient()
    for (let i = 0; i < LOGIN_LIMITS.perClient; i++)
      expect((await login(sprayer, `${unique('guess')}@test.example`, 'Password1')).status).toBe(401)
    expect((await login(sprayer, `${unique('guess')}@test.example`, 'Password1')).status).toBe(429)
    const member = await createUser(payload, 'organisationMember')
    expect((await login(newClient(), member.email, 'correct-horse-battery')).status).toBe(200)
  })

  it('a successful login forgets that client’s earlier misses on the account', async () => {
    const member = await createUser(payload, 'organisationMember')
    const client = newClient()
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < LOGIN_LIMITS.perClientAccount - 1; i++)
        expect((await login(client, member.email, 'wrong-password')).status).toBe(401)
      expect((await login(client, member.email, 'correct-horse-battery')).status).toBe(200)
    }
  })

  it('answers an unknown e-mail address in the time a known one takes', async () => {
    const known = await createUser(payload, 'editor')
    const unknownTimes: number[] = []
    const knownTimes: number[] = []
    // Alternating, each from a fresh client, so load on the machine falls on both alike.
    for (let i = 0; i < 7; i++) {
      const a = await login(newClient(), `${unique('nobody')}@test.example`, 'wrong-password')
      const b = await login(newClient(), known.email, 'wrong-password')
      expect([a.status, b.status]).toEqual([401, 401])
      expect(a.message).toBe(b.message)
      unknownTimes.push(a.ms)
      knownTimes.push(b.ms)
    }
    const ratio = median(unknownTimes) / median(knownTimes)
    console.log(
      `login timing: unknown ${median(unknownTimes).toFixed(0)} ms, known ${median(knownTimes).toFixed(0)} ms`,
    )
    expect(ratio).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
  })

  it('logins of the app’s own code (Local API, no client) are not throttled', async () => {
    const member = await createUser(payload, 'organisationMember')
    for (let i = 0; i < LOGIN_LIMITS.perClientAccount + 1; i++)
      await expect(
        payload.login({ collection: 'users', data: { email: member.email, password: 'wrong' } }),
      ).rejects.toThrow()
    const ok = await payload.login({
      collection: 'users',
      data: { email: member.email, password: 'correct-horse-battery' },
    })
    expect(ok.token).toBeTruthy()
  })
})

describe('forgot password', () => {
  const overRest = async (email: string) => {
    const response = await rest('POST', '/users/forgot-password', {
      body: { email },
      headers: { [PEER_ADDRESS_HEADER]: newClient() },
    })
    return `${response.status} ${await response.text()}`
  }
  const overGraphql = async (email: string) =>
    JSON.stringify(await graphql(`mutation { forgotPasswordUser(email: ${JSON.stringify(email)}) }`))

  it.each([
    ['REST', overRest],
    ['GraphQL', overGraphql],
  ])('answers an unknown e-mail address in the time a known one takes, over %s', async (_, ask) => {
    const timed = async (email: string) => {
      const started = performance.now()
      return { answer: await ask(email), ms: performance.now() - started }
    }
    const unknownTimes: number[] = []
    const knownTimes: number[] = []
    // Alternating, a new account each time: Payload resets one account at most every 15 s.
    for (let i = 0; i < 5; i++) {
      const known = await createUser(payload, 'organisationMember')
      const a = await timed(`${unique('nobody')}@test.example`)
      const b = await timed(known.email)
      expect(a.answer).toBe(b.answer)
      unknownTimes.push(a.ms)
      knownTimes.push(b.ms)
      expect((await mailTo(known.email)).subject).toMatch(/salasana/i)
    }
    const [unknown, known] = [median(unknownTimes), median(knownTimes)]
    console.log(`forgot-password timing: unknown ${unknown.toFixed(0)} ms, known ${known.toFixed(0)} ms`)
    // Unpaced, an unknown address answered in a tenth of a known one's time.
    expect(Math.abs(known - unknown)).toBeLessThan(Math.min(known, unknown) / 4)
  })
})
