import { describe, expect, inject, it } from 'vitest'
import { demoSites } from '../../src/seed/demo'
import { expectNoAxeViolations, useBrowserPage } from '../helpers/browser'

const port = inject('appPort')
const languages = [
  { code: 'fi', prefix: '', skip: 'Siirry pääsisältöön', notFound: 'Sivua ei löytynyt' },
  { code: 'sv', prefix: '/sv', skip: 'Hoppa till huvudinnehållet', notFound: 'Sidan hittades inte' },
  { code: 'en', prefix: '/en', skip: 'Skip to main content', notFound: 'Page not found' },
] as const

const { page } = useBrowserPage()

/** Each site's development host name; Chromium resolves *.localhost to this machine. */
const hostOf = (site: (typeof demoSites)[number]) => site.hostnames.find((name) => name.endsWith('.localhost'))!

describe.each(demoSites)('the $key site', (site) => {
  describe.each(languages)('in $code', (language) => {
    it('serves its front page with language links, a skip link and no WCAG 2.1 A/AA violations', async () => {
      const response = await page().goto(`http://${hostOf(site)}:${port}${language.prefix}/`)
      expect(response?.status()).toBe(200)
      expect(await page().getAttribute('html', 'lang')).toBe(language.code)
      expect(await page().textContent('h1')).toBe(site.name[language.code])
      expect(await page().textContent('a.skip-link')).toBe(language.skip)
      for (const other of languages) {
        const alternate = page().locator(`link[rel="alternate"][hreflang="${other.code}"]`)
        expect(await alternate.getAttribute('href')).toMatch(new RegExp(`${other.prefix || ''}/?$`))
        expect(await page().locator(`nav a[hreflang="${other.code}"]`).count()).toBe(1)
      }
      await expectNoAxeViolations(page())
    })

    it('answers an unknown path with a 404 page in the same language', async () => {
      const response = await page().goto(`http://${hostOf(site)}:${port}${language.prefix}/ei-ole-olemassa`)
      expect(response?.status()).toBe(404)
      expect(await page().locator('h1:visible').textContent()).toBe(language.notFound)
      expect(await page().getAttribute('html', 'lang')).toBe(language.code)
      await expectNoAxeViolations(page())
    })
  })
})

describe('the site shell', () => {
  it('shows the site’s next events on the front page', async () => {
    await page().goto(`http://${hostOf(demoSites[1])}:${port}/`)
    expect(await page().locator('.event-teasers a').allTextContents()).toEqual(['Pelimanniilta'])
    // Three different events: the weekly series once, at its next date.
    await page().goto(`http://${hostOf(demoSites[0])}:${port}/en/`)
    expect(await page().locator('.event-teasers a').allTextContents()).toEqual([
      'Lasten musiikkileikkikoulu',
      'Pelimanniilta',
      'Kyläilta: tuulivoima ja Veteli',
    ])
  })

  it('redirects /fi/… to the Finnish page at the root', async () => {
    const response = await page().goto(`http://${hostOf(demoSites[0])}:${port}/fi/`)
    expect(new URL(page().url()).pathname).toBe('/')
    expect(response?.status()).toBe(200)
  })

  it('moves keyboard focus to the main content through the skip link', async () => {
    await page().goto(`http://${hostOf(demoSites[1])}:${port}/en/`)
    await page().keyboard.press('Tab')
    expect(await page().evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content')
    await page().keyboard.press('Enter')
    expect(await page().evaluate(() => document.activeElement?.id)).toBe('main')
  })
})
