import type { Browser } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { launchChromium, logInToAdmin } from '../helpers/browser'
import { getAs } from '../helpers/http'

const port = inject('appPort')
const baseUrl = inject('baseUrl')
// The e2e server runs with ADMIN_HOST=127.0.0.1 (tests/helpers/appSetup.ts): the CMS host.
const site = 'kaustisenseutu.localhost'

const directives = (csp: string | string[] | undefined) =>
  Object.fromEntries(
    String(csp)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values.join(' ')]),
  )

function expectCommonHeaders(headers: Record<string, string | string[] | undefined>) {
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['permissions-policy']).toContain('camera=()')
  expect(headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/)
}

describe('security headers in the production build', () => {
  const sitePages = [
    '/',
    '/sv',
    '/tapahtumat',
    '/tapahtumat/uusi',
    '/tapahtumat/uusi/kiitos',
    '/no-such-page',
    '/tapahtumat.ics',
  ]
  for (const path of sitePages)
    it(`the site's ${path} forbids framing, plugins, eval and foreign scripts`, async () => {
      const response = await getAs(port, site, path)
      expect(response.status).toBeLessThan(500)
      expectCommonHeaders(response.headers)
      const csp = directives(response.headers['content-security-policy'])
      expect(csp['frame-ancestors']).toBe("'none'")
      expect(csp['object-src']).toBe("'none'")
      expect(csp['script-src']).toBe("'self' 'unsafe-inline'")
      expect(csp['form-action']).toBe("'self'")
    })

  it('the admin has its own policy, and cannot be framed', async () => {
    const response = await getAs(port, '127.0.0.1', '/admin/login')
    expect(response.status).toBe(200)
    expectCommonHeaders(response.headers)
    const csp = directives(response.headers['content-security-policy'])
    expect(csp['frame-ancestors']).toBe("'none'")
    expect(csp['img-src']).toContain('blob:')
    expect(csp['script-src']).not.toContain('unsafe-eval')
  })

  it('the API answers data under a closed policy (an uploaded SVG opened from it runs nothing)', async () => {
    const response = await getAs(port, '127.0.0.1', '/api/events?limit=1')
    expect(response.status).toBe(200)
    expectCommonHeaders(response.headers)
    const csp = directives(response.headers['content-security-policy'])
    expect(csp['default-src']).toBe("'none'")
    expect('sandbox' in csp).toBe(true)
  })

  it('the admin works in the browser under its policy: log in, open the events list and an event, no violation', async () => {
    const browser: Browser = await launchChromium()
    try {
      const page = await logInToAdmin(browser, baseUrl, 'editor')
      const violations: string[] = []
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text())
      })
      await page.exposeFunction('reportViolation', (text: string) => violations.push(text))
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
            `${event.violatedDirective} ${event.blockedURI}`,
          ),
        ),
      )
      await page.goto(`${baseUrl}/admin/collections/events`)
      await page.locator('.table').first().waitFor()
      await page.locator('.table a').first().click()
      await page.locator('#field-name').first().waitFor()
      await page.goto(`${baseUrl}/admin/collections/media/create`)
      await page.locator('input[type="file"]').first().waitFor({ state: 'attached' })
      expect(violations).toEqual([])
    } finally {
      await browser.close()
    }
  })
})

describe('ADMIN_HOST: the admin and the API only on the CMS host', () => {
  it("a public site has no /admin: the site's own 404 page", async () => {
    const response = await getAs(port, site, '/admin')
    expect(response.status).toBe(404)
    expect(response.body).toContain('Sivua ei löytynyt')
    expect((await getAs(port, site, '/admin/login')).status).toBe(404)
  })

  it('a public site has no REST or GraphQL API, but keeps the public Linked Events API', async () => {
    expect((await getAs(port, site, '/api/users/me')).status).toBe(404)
    expect((await getAs(port, site, '/api/events?limit=1')).status).toBe(404)
    expect((await getAs(port, site, '/api/linked-events/v1/event')).status).toBe(200)
    expect((await getAs(port, '127.0.0.1', '/api/events?limit=1')).status).toBe(200)
    const graphql = await fetch(`http://127.0.0.1:${port}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })
    expect(graphql.status).toBe(200)
  })
})

describe('the production server knows the client by its connection', () => {
  it('a forged X-Forwarded-For does not escape the login throttle', async () => {
    const email = `nobody-${Date.now()}@example.org`
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${baseUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.77.${i}.1` },
        body: JSON.stringify({ email, password: 'wrong-password' }),
      })
      statuses.push(response.status)
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
  })

  it('the event form page carries no token; each visitor fetches a fresh one, never cached', async () => {
    const page = await getAs(port, site, '/tapahtumat/uusi')
    expect(page.body).toMatch(/name="token" value=""/)
    const first = await getAs(port, site, '/tapahtumat/uusi/token')
    const second = await getAs(port, site, '/tapahtumat/uusi/token')
    expect(first.headers['cache-control']).toContain('no-store')
    expect(JSON.parse(first.body).token).not.toBe(JSON.parse(second.body).token)
  })
})
