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

  it('shows the date pickers in Finnish: month names, Monday first, 24-hour times, "Aika"', async () => {
    const page = await logInToAdmin(browser, baseUrl, 'editor')
    await page.goto(`${baseUrl}/admin/collections/events/create`)
    await page.locator('.date-time-picker input').first().click()
    const calendar = page.locator('.react-datepicker')
    await calendar.waitFor()
    const weekdays = await calendar.locator('.react-datepicker__day-name').allTextContents()
    expect(weekdays.slice(0, 2)).toEqual(['ma', 'ti'])
    expect(await calendar.locator('.react-datepicker-time__header').textContent()).toBe('Aika')
    expect(await calendar.locator('.react-datepicker__time-list-item').first().textContent()).toMatch(/^\d\d\.\d\d$/)
    const months = await calendar.locator('.react-datepicker__month-select option').allTextContents()
    expect(months[11]).toBe('joulukuu')
    await page.context().close()
  })

  it('takes a scheduled publish time typed the Finnish way', async () => {
    const page = await logInToAdmin(browser, baseUrl, 'editor')
    const { id } = await (await page.request.get(`${baseUrl}/api/events?limit=1&depth=0`)).json().then((r) => r.docs[0])
    await page.goto(`${baseUrl}/admin/collections/events/${id}`)
    await page.locator('.doc-controls .popup-button').first().click()
    await page.getByText('Ajasta julkaisu').first().click()
    const input = page.locator('#time input')
    const year = new Date().getFullYear() + 1
    await input.fill(`2.12.${year} 14.25`)
    await page.keyboard.press('Tab')
    // A value the picker could not parse would be cleared on blur.
    expect(await input.inputValue()).toBe(`2.12.${year} 14.25`)
    await page.context().close()
  })

  it('says before saving that an event with no site shows on none', async () => {
    const page = await logInToAdmin(browser, baseUrl, 'editor')
    await page.goto(`${baseUrl}/admin/collections/events/create`)
    await page.getByText('Sivustoa ei ole valittu: julkaistu tapahtuma ei näy millään sivustollamme').waitFor()
    await page.context().close()
  })

  it('shows editors what needs attention on the dashboard, with counts and links', async () => {
    const page = await logInToAdmin(browser, baseUrl, 'editor')
    const section = page.getByRole('region', { name: 'Vaatii huomiota' })
    await section.waitFor()
    // The demo content has a submission waiting for moderation.
    const link = section.getByRole('link', { name: /^Ilmoitetut tapahtumat odottavat tarkastusta: \d+$/ })
    expect(await link.getAttribute('href')).toContain('submission.state')
    await page.context().close()
  })

  it('names each event’s organiser in the list in the content language, read with the page', async () => {
    const page = await logInToAdmin(browser, baseUrl, 'editor')
    const asked: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/organisations')) asked.push(request.url())
    })
    // Swedish content first, then back to Finnish: the admin keeps the last one as a preference.
    // The demo's children's music school is the municipality's, whose name has a Swedish version.
    for (const [locale, organiser] of [
      ['sv', 'Kaustby kommun'],
      ['fi', 'Kaustisen kunta'],
    ]) {
      await page.goto(`${baseUrl}/admin/collections/events?limit=25&locale=${locale}`)
      await page.locator('table tbody td').getByText(organiser, { exact: true }).first().waitFor()
    }
    expect(asked).toEqual([])
    await page.context().close()
  })
})
