import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, logInToAdmin } from '../helpers/browser'

/**
 * The demo's events reach the stand-in regional calendar (appSetup starts it and runs a jobs
 * worker once before the app starts), and editors and members see the sync state in the admin.
 */
const baseUrl = inject('baseUrl')
const standInUrl = inject('standInUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('the regional calendar', () => {
  it('holds the demo events: the series as parent and children, the cancelled one as cancelled, Swedish names kept', async () => {
    const response = await fetch(`${standInUrl}/v1/event/?data_source=kaustisenseutu&page_size=100`)
    const { data } = (await response.json()) as {
      data: {
        id: string
        name: Record<string, string>
        event_status: string
        super_event_type: string | null
        super_event: unknown
      }[]
    }
    const top = data.filter((event) => !event.super_event)
    expect(top.map((event) => event.name.fi)).toEqual(
      expect.arrayContaining(['Lasten musiikkileikkikoulu', 'Pelimanniilta', 'Kyläilta: tuulivoima ja Veteli']),
    )
    expect(top.find((event) => event.name.fi === 'Lasten musiikkileikkikoulu')?.super_event_type).toBe('recurring')
    expect(data.filter((event) => event.super_event).length).toBeGreaterThanOrEqual(2)
    expect(top.find((event) => event.name.fi.startsWith('Kyläilta'))?.event_status).toBe('EventCancelled')
    expect(top.find((event) => event.name.fi === 'Pelimanniilta')?.name.sv).toBe('Spelmanskväll')
  })

  it('shows the communications officer each event’s state, with "retry now"', async () => {
    const page = await logInToAdmin(browser, baseUrl, 'editor')
    await page.goto(`${baseUrl}/admin/collections/events`)
    const row = page.getByRole('row').filter({ hasText: 'Pelimanniilta' })
    await row.getByText('Synkronoitu', { exact: true }).waitFor()

    await row.getByRole('link').first().click()
    const panel = page.getByRole('region', { name: 'Alueellinen tapahtumakalenteri' })
    await panel.getByText(/^Synkronoitu \d/).waitFor()
    expect(await panel.getByRole('link', { name: /Avaa alueellisessa kalenterissa/ }).getAttribute('href')).toMatch(
      /\/v1\/event\/kaustisenseutu:evt-\d+\/$/,
    )

    await panel.getByRole('button', { name: 'Yritä nyt' }).click()
    await panel.getByText('Lähetys on jonossa.').waitFor()
    await panel.getByText('Jonossa', { exact: true }).waitFor()
    await page.context().close()
  })

  it('shows a member the state of its own events, without "retry now"', async () => {
    const page = await logInToAdmin(browser, baseUrl, 'organisationMember')
    await page.goto(`${baseUrl}/admin/collections/events`)
    const row = page.getByRole('row').filter({ hasText: 'Lasten musiikkileikkikoulu' })
    await row.getByRole('link').first().click()
    const panel = page.getByRole('region', { name: 'Alueellinen tapahtumakalenteri' })
    await panel.getByText('Synkronoitu', { exact: true }).waitFor()
    expect(await panel.getByRole('button', { name: 'Yritä nyt' }).count()).toBe(0)
    await page.context().close()
  })
})
