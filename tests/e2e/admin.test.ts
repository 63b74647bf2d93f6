import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, logInToAdmin } from '../helpers/browser'

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('the admin', () => {
  it('speaks Finnish to a Finnish browser, though Payload itself would pick English', async () => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': 'fi-FI,fi;q=0.9,en;q=0.8' } })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/admin/login`)
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).waitFor()
    expect(await page.getByText('Unohditko salasanasi?').count()).toBe(1)
    expect(await page.getAttribute('html', 'lang')).toBe('fi')
    await context.close()
  })

  it('speaks Swedish to a Swedish browser', async () => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': 'sv-FI,sv;q=0.9' } })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/admin/login`)
    await page.getByRole('button', { name: 'Logga in' }).waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('sv')
    await context.close()
  })

  it('lets the communications officer log in and shows the collections in Finnish', async () => {
    const page = await logInToAdmin(browser, baseUrl, 'editor')
    const context = page.context()
    await page.getByRole('heading', { name: 'Organisaatiot' }).first().waitFor()
    for (const name of ['Organisaatiot', 'Kuvat ja tiedostot', 'Aiheet', 'Kunnat'])
      expect(await page.getByText(name, { exact: true }).count()).toBeGreaterThan(0)
    await page.goto(`${baseUrl}/admin/collections/organisations`)
    await page.getByText('Kaustisen kunta', { exact: true }).first().waitFor()
    await context.close()
  })
})
