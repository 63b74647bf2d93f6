import AxeBuilder from '@axe-core/playwright'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { demoUsers } from '../../src/seed/demo'

/**
 * Debian's Chromium driven by playwright-core (no browser downloads here); Playwright gives each
 * launch a fresh, throwaway profile. The flags keep Chromium off the network it cannot reach.
 * `*.localhost` host names resolve to loopback inside Chromium, which is how tests reach each
 * site without DNS set-up.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // *.localhost goes to IPv4 loopback, where the test server listens.
    args: [
      '--host-resolver-rules=MAP *.localhost 127.0.0.1',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** One browser and page for a test file, opened before its tests and closed after them. */
export function useBrowserPage(): { page: () => Page; browser: () => Browser } {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchChromium()
    page = await (await browser.newContext()).newPage()
    page.setDefaultTimeout(15_000)
  })
  afterAll(async () => {
    await browser?.close()
  })
  return { page: () => page, browser: () => browser }
}

/** axe with the WCAG 2.0 and 2.1 A and AA rules: the law for Finnish public-sector sites. */
export async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

/** A fresh Finnish browser context logged in to the admin as the demo user of `role`. */
export async function logInToAdmin(
  browser: Browser,
  baseUrl: string,
  role: 'admin' | 'editor' | 'organisationMember',
): Promise<Page> {
  const user = demoUsers.find((candidate) => candidate.role === role)!
  const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': 'fi' } })
  const page = await context.newPage()
  await page.goto(`${baseUrl}/admin/login`)
  await page.getByLabel('Sähköposti').fill(user.email)
  await page.getByLabel('Salasana').fill(user.password)
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click()
  await page.waitForURL(`${baseUrl}/admin`)
  return page
}
