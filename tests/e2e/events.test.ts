import { describe, expect, inject, it } from 'vitest'
import { locales } from '../../src/lib/locales'
import { localePath } from '../../src/lib/paths'
import { expectNoAxeViolations, useBrowserPage } from '../helpers/browser'
import { logIn } from '../helpers/login'

const port = inject('appPort')
const baseUrl = inject('baseUrl')
const regional = `http://kaustisenseutu.localhost:${port}`
const tourism = `http://visitkaustisenseutu.localhost:${port}`

const { page } = useBrowserPage()

const titles = async () => page().locator('.event-list h3').allTextContents()

// The demo's weekly series (days 7, 14 … 56 from today, 10.00) between the one-off events on days 14 and 21.
const series = 'Lasten musiikkileikkikoulu'
const [L, P, K] = [series, 'Pelimanniilta', 'Kyläilta: tuulivoima ja Veteli']
const calendar = [L, L, P, L, K, L, L, L, L, L]

describe('the event calendar', () => {
  it.each(locales)(
    'lists the site’s upcoming occurrences, soonest first, without WCAG violations (%s)',
    async (locale) => {
      const response = await page().goto(`${regional}${localePath(locale, '/events')}`)
      expect(response?.status()).toBe(200)
      expect(await titles()).toEqual(
        locale === 'sv' ? calendar.map((name) => (name === P ? 'Spelmanskväll' : name)) : calendar,
      )
      await expectNoAxeViolations(page())
    },
  )

  it('shows a weekly series on each of its dates, each card with its own date and a link to it', async () => {
    await page().goto(`${regional}/tapahtumat`)
    const cards = page().locator('.event-list article', { hasText: series })
    expect(await cards.count()).toBe(8)
    const times = await cards.locator('time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')))
    expect(new Set(times).size).toBe(8)
    expect(new Set(times.map((time) => new Date(time!).getUTCDay())).size).toBe(1)
    const links = await cards.locator('h3 a').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')))
    expect(links.every((href) => /^\/tapahtumat\/\d+\?occurrence=\d{4}-\d{2}-\d{2}$/.test(href!))).toBe(true)
    expect(new Set(links).size).toBe(8)
  })

  it('shows each site only the events chosen for it', async () => {
    await page().goto(`${tourism}/tapahtumat`)
    expect(await titles()).toEqual(['Pelimanniilta'])
  })

  it('marks a cancelled event', async () => {
    await page().goto(`${regional}/tapahtumat`)
    const cancelled = page().locator('.event-list article', { hasText: 'Kyläilta' })
    expect(await cancelled.locator('.badge').textContent()).toBe('Peruttu')
  })

  it.each([
    ['municipality=924', [K]],
    ['topic=yso:p4354', Array(8).fill(L)],
    ['audience=families', calendar.filter((name) => name !== K)],
    ['free=1', calendar.filter((name) => name !== P)],
    ['q=pelimanni', [P]],
    ['when=today', []],
  ])('filters by %s', async (query, expected) => {
    await page().goto(`${regional}/tapahtumat?${query}`)
    expect(await titles()).toEqual(expected)
  })

  it('shows an empty state when nothing matches', async () => {
    await page().goto(`${regional}/tapahtumat?q=ei-tällaista`)
    expect(await page().getByText('Valinnoillasi ei löytynyt tapahtumia.', { exact: false }).count()).toBe(1)
  })

  it('ignores unknown parameters and explains malformed ones instead of failing', async () => {
    const response = await page().goto(
      `${regional}/tapahtumat?utm_source=x&municipality=Kaustinen&from=31.12.2026&page=zero`,
    )
    expect(response?.status()).toBe(200)
    const notice = await page().locator('.notice').textContent()
    expect(notice).toContain('Kuntarajaus jätettiin pois')
    expect(notice).toContain('Päivämäärä "31.12.2026" ei kelpaa')
    expect(notice).toContain('Sivunumero ei kelpaa')
    expect(await titles()).toEqual(calendar)
  })

  it('can be filtered with the keyboard alone, and keeps the filters in the URL', async () => {
    await page().goto(`${regional}/tapahtumat`)
    await page().locator('select[name="municipality"]').focus()
    await page().keyboard.press('End')
    await page().locator('input[name="free"]').focus()
    await page().keyboard.press('Space')
    await page().keyboard.press('Tab')
    expect(await page().evaluate(() => document.activeElement?.textContent)).toBe('Näytä tapahtumat')
    await page().keyboard.press('Enter')
    await page().waitForURL(/free=1/)
    const url = new URL(page().url())
    expect(url.searchParams.get('municipality')).toMatch(/^\d{3}$/)
    expect(await page().locator('input[name="free"]').isChecked()).toBe(true)
  })
})

describe('the event page', () => {
  it('shows the event with schema.org JSON-LD and no WCAG violations', async () => {
    await page().goto(`${regional}/tapahtumat`)
    await page().getByRole('link', { name: 'Pelimanniilta' }).click()
    await page().waitForURL(/\/tapahtumat\/\d+$/)
    expect(await page().textContent('h1')).toBe('Pelimanniilta')
    const jsonLd = JSON.parse((await page().locator('script[type="application/ld+json"]').textContent())!) as Record<
      string,
      unknown
    >
    expect(jsonLd).toMatchObject({
      '@type': 'Event',
      name: 'Pelimanniilta',
      eventStatus: 'https://schema.org/EventScheduled',
    })
    expect(await page().locator('.event-facts').textContent()).toContain('Kansantaiteenkeskus')
    await expectNoAxeViolations(page())
  })

  it('lists the coming occurrences of a recurring event and marks the one the calendar linked to', async () => {
    await page().goto(`${regional}/tapahtumat`)
    const third = page().locator('.event-list article', { hasText: series }).nth(2)
    const date = await third.locator('time').getAttribute('datetime')
    await third.getByRole('link', { name: series }).click()
    await page().waitForURL(/\/tapahtumat\/\d+\?occurrence=\d{4}-\d{2}-\d{2}$/)
    expect(await page().textContent('#occurrences-heading')).toBe('Tapahtumakerrat')
    expect(await page().locator('section[aria-labelledby="occurrences-heading"] li').count()).toBe(8)
    expect(await page().locator('li[aria-current="date"] time').getAttribute('datetime')).toBe(date)
    expect(await page().locator('.event-facts time').getAttribute('datetime')).toBe(date)
    await expectNoAxeViolations(page())
  })

  it('answers 404 for unknown, malformed and unpublished events', async () => {
    expect((await page().goto(`${regional}/tapahtumat/999999`))?.status()).toBe(404)
    expect((await page().goto(`${regional}/tapahtumat/abc`))?.status()).toBe(404)
    const editor = await logIn(baseUrl, 'editor')
    const sites = (await (await fetch(`${baseUrl}/api/sites`)).json()) as { docs: { id: number; key: string }[] }
    const organisations = (await (await fetch(`${baseUrl}/api/organisations?limit=1`)).json()) as {
      docs: { id: number }[]
    }
    const created = await fetch(`${baseUrl}/api/events?draft=true`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...editor.headers },
      body: JSON.stringify({
        name: 'Salainen luonnos',
        shortDescription: 'Ei vielä julki',
        startsAt: new Date(Date.now() + 86400000).toISOString(),
        onlineUrl: 'https://example.org',
        organiser: organisations.docs[0].id,
        sites: sites.docs.map((s) => s.id),
        _status: 'draft',
      }),
    })
    const draft = ((await created.json()) as { doc: { id: number } }).doc
    expect((await page().goto(`${regional}/tapahtumat/${draft.id}`))?.status()).toBe(404)
    await page().goto(`${regional}/tapahtumat`)
    expect(await titles()).not.toContain('Salainen luonnos')
  })
})
