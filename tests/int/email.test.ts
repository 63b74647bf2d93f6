import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { mailTo } from '../helpers/mail'
import { createUser, testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

describe('e-mail over SMTP', () => {
  it('a forgotten password is reset end to end: the mail arrives and its link sets the new password', async () => {
    const user = await createUser(payload, 'editor')
    const asked = await rest('POST', '/users/forgot-password', { body: { email: user.email } })
    expect(asked.status).toBe(200)

    const mail = await mailTo(user.email)
    expect(mail.from).toContain('cms@test.example')
    const link = /\/admin\/reset\/([\w-]+)/.exec(mail.html ?? mail.text)
    expect(link, mail.html ?? mail.text).not.toBeNull()

    const reset = await rest('POST', '/users/reset-password', {
      body: { token: link![1], password: 'a-brand-new-password-2026' },
    })
    expect(reset.status).toBe(200)
    const login = (password: string) =>
      rest('POST', '/users/login', { body: { email: user.email, password } }).then((r) => r.status)
    expect(await login('a-brand-new-password-2026')).toBe(200)
    expect(await login('correct-horse-battery')).toBe(401)

    // The link works once.
    const again = await rest('POST', '/users/reset-password', {
      body: { token: link![1], password: 'another-one-2026' },
    })
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(await login('another-one-2026')).toBe(401)
  })

  it('the reset mail speaks the admin language (Finnish by default)', async () => {
    const user = await createUser(payload, 'organisationMember')
    await rest('POST', '/users/forgot-password', { body: { email: user.email } })
    const mail = await mailTo(user.email)
    expect(mail.subject).toMatch(/salasana/i)
  })
})
