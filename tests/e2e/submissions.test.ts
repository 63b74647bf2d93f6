import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { demoUsers } from '../../src/seed/demo'
import { expectNoAxeViolations, launchChromium, useBrowserPage } from '../helpers/browser'

const port = inject('appPort')
const baseUrl = inject('baseUrl')
const regional = `http://kaustisenseutu.localhost:${port}`
const database = new pg.Pool({ connectionString: inject('appDatabaseUrl'), max: 1 })

const { page } = useBrowserPage()

afterAll(async () => {
  await database.end()
})

const focused = () =>
  page().evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null
    return {
      id: element?.id ?? '',
      name: element?.name ?? '',
      value: element?.value ?? '',
      text: element?.textContent?.trim() ?? '',
      className: element?.className ?? '',
    }
  })

/** Presses Tab until `matches` the focused element: how a keyboard user moves through the page. */
async function tabUntil(matches: (element: Awaited<ReturnType<typeof focused>>) => boolean, what: string) {
  for (let presses = 0; presses < 60; presses++) {
    if (matches(await focused())) return
    await page().keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${what}`)
}
const tabTo = (id: string) => tabUntil((element) => element.id === id, `#${id}`)
async function typeInto(id: string, text: string) {
  await tabTo(id)
  await page().keyboard.type(text)
}

/** `days` from today as typed in Finland, e.g. 24.12.2026. */
const finnishDate = (days: number) =>
  new Date(Date.now() + days * 24 * 3600_000).toLocaleDateString('fi-FI', { timeZone: 'Europe/Helsinki' })

const storedSubmission = async (name: string) =>
  (
    await database.query<{ status: string; state: string; email: string }>(
      'SELECT e._status AS status, e.submission_state AS state, e.submission_submitter_email AS email FROM events e JOIN events_locales l ON l._parent_id = e.id WHERE l.name = $1',
      [name],
    )
  ).rows

describe.each([
  {
    prefix: '',
    calendar: '/tapahtumat',
    form: 'uusi',
    thanksPage: 'kiitos',
    link: 'Ilmoita oma tapahtumasi',
    send: 'Lähetä tarkastettavaksi',
    missingName: 'Anna tapahtuman nimi.',
    municipality: 'Kaustinen',
    thanks: 'Kiitos! Tapahtumasi on lähetetty tarkastettavaksi.',
  },
  {
    prefix: '/sv',
    calendar: '/evenemang',
    form: 'ny',
    thanksPage: 'tack',
    link: 'Anmäl ditt evenemang',
    send: 'Skicka för granskning',
    missingName: 'Ange evenemangets namn.',
    municipality: 'Kaustby',
    thanks: 'Tack! Ditt evenemang har skickats för granskning.',
  },
])(
  'the add-your-event form ($prefix)',
  ({ prefix, calendar, form, thanksPage, link, send, missingName, municipality, thanks }) => {
    const name = `Kyläkirppis ${prefix || '/fi'} ${Date.now()}`

    it('is linked from the calendar and reached with the keyboard, without WCAG violations', async () => {
      await page().goto(`${regional}${prefix}${calendar}`)
      await tabUntil((element) => element.text === link, `the link "${link}"`)
      await page().keyboard.press('Enter')
      await page().waitForURL(`${regional}${prefix}${calendar}/${form}`)
      await expectNoAxeViolations(page())
    })

    it('shows what to fix in a summary that takes the focus, and on each field, keeping what was typed', async () => {
      await typeInto('shortDescription', 'Pöydät täynnä tavaraa.')
      // People take longer than the form's minimum of a few seconds.
      await page().waitForTimeout(3200)
      await tabUntil((element) => element.text === send, 'the send button')
      await page().keyboard.press('Enter')
      await page().locator('.error-summary').waitFor()
      expect((await focused()).className).toBe('error-summary')
      expect(await page().locator('.error-summary li').first().textContent()).toBe(missingName)
      const nameInput = page().locator('#name')
      expect(await nameInput.getAttribute('aria-invalid')).toBe('true')
      expect(await page().locator('#name-error').textContent()).toContain(missingName)
      expect((await nameInput.getAttribute('aria-describedby'))?.split(' ')).toContain('name-error')
      expect(await page().inputValue('#shortDescription')).toBe('Pöydät täynnä tavaraa.')
      await expectNoAxeViolations(page())
    })

    it('sends a corrected submission and confirms it in the visitor’s language', async () => {
      await typeInto('name', name)
      await typeInto('startDate', finnishDate(20))
      await typeInto('startTime', '10.00')
      await typeInto('endTime', '14.00')
      await typeInto('placeName', 'Seurojentalo')
      await tabTo('municipality')
      await page().keyboard.type(municipality)
      await typeInto('organiser', 'Kylätoimikunta')
      await tabUntil((element) => element.name === 'topics' && element.value === 'yso:p1808', 'the topic music')
      await page().keyboard.press('Space')
      await typeInto('submitterName', 'Kalle Kyläläinen')
      await typeInto('submitterEmail', 'kalle@example.org')
      await tabUntil((element) => element.text === send, 'the send button')
      await page().keyboard.press('Enter')
      await page().waitForURL(`${regional}${prefix}${calendar}/${form}/${thanksPage}`)
      expect(await page().textContent('h1')).toBe(thanks)
      // After a client-side navigation Next streams the new title in a moment later.
      await page().waitForFunction((title) => document.title.startsWith(title), thanks)
      await expectNoAxeViolations(page())
      expect(await storedSubmission(name)).toEqual([{ status: 'draft', state: 'pending', email: 'kalle@example.org' }])
      const topics = await database.query(
        'SELECT count(*)::int AS n FROM events_rels r JOIN events_locales l ON l._parent_id = r.parent_id WHERE l.name = $1 AND r.path = $2',
        [name, 'topics'],
      )
      expect(topics.rows[0].n).toBe(1)
    })
  },
)

describe('without JavaScript', () => {
  // On the large-projects portal: the thanks page after a plain post is the portal's own too.
  const portal = `http://suurhanketoimisto.localhost:${port}`
  it('the form posts, answers with its errors and confirms, as plain HTML', async () => {
    const browser = await launchChromium()
    try {
      const plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
      const page = await plain.goto(`${portal}/en/events/new`)
      expect(page?.headers()['cache-control']).toMatch(/^public, s-maxage=/)
      // The cached page carries no token: the first post gets one and asks to send again.
      expect(await plain.inputValue('input[name="token"]')).toBe('')
      const answer = plain.waitForResponse((response) => response.request().method() === 'POST')
      await plain.getByRole('button', { name: 'Send for review' }).click()
      await plain.locator('.error-summary').waitFor()
      // That answer carries the visitor's own token and errors: never stored by a shared cache.
      expect((await answer).headers()['cache-control']).toMatch(/\bno-store\b/)
      expect(await plain.textContent('.error-summary')).toContain('Please check your details once more')
      await plain.waitForTimeout(3200)
      await plain.getByRole('button', { name: 'Send for review' }).click()
      await plain.locator('.error-summary li').first().waitFor()
      expect(await plain.evaluate(() => document.activeElement?.className)).toBe('error-summary')
      const name = `Flea market ${Date.now()}`
      await plain.fill('#name', name)
      await plain.fill('#shortDescription', 'Tables full of treasures.')
      await plain.fill('#startDate', finnishDate(21))
      await plain.fill('#startTime', '10.00')
      await plain.fill('#onlineUrl', 'https://example.org/live')
      await plain.fill('#organiser', 'Village committee')
      await plain.fill('#submitterName', 'Kim')
      await plain.fill('#submitterEmail', 'kim@example.org')
      await plain.getByRole('button', { name: 'Send for review' }).click()
      await plain.waitForURL(`${portal}/en/events/new/thanks`)
      expect(await plain.textContent('h1')).toBe('Thank you! Your event has been sent for review.')
      expect(await plain.getAttribute('body', 'data-site')).toBe('business')
      expect(await plain.getAttribute('.site-name img', 'src')).toMatch(/logo-business/)
      expect(await storedSubmission(name)).toHaveLength(1)
    } finally {
      await browser.close()
    }
  })
})

describe('the thanks page', () => {
  it('is the site the visitor came from, not the regional one', async () => {
    const tourism = `http://visitkaustisenseutu.localhost:${port}`
    const name = `Matkailuilta ${Date.now()}`
    await page().goto(`${tourism}/sv/evenemang/ny`)
    await page().waitForFunction(() => (document.querySelector('input[name="token"]') as HTMLInputElement)?.value)
    await page().fill('#name', name)
    await page().fill('#shortDescription', 'En kväll för resenärer.')
    await page().fill('#startDate', finnishDate(22))
    await page().fill('#startTime', '18.00')
    await page().fill('#onlineUrl', 'https://example.org/live')
    await page().fill('#organiser', 'Byarådet')
    await page().fill('#submitterName', 'Kim')
    await page().fill('#submitterEmail', 'kim@example.org')
    await page().waitForTimeout(3200)
    await page().getByRole('button', { name: 'Skicka för granskning' }).click()
    await page().waitForURL(`${tourism}/sv/evenemang/ny/tack`)
    await page().locator('h1', { hasText: 'Tack!' }).waitFor()
    expect(await page().getAttribute('body', 'data-site')).toBe('tourism')
    // With its own branding: the logo, the name and the accent of the tourism site.
    expect(await page().getAttribute('.site-name img', 'src')).toMatch(/logo-tourism/)
    expect(await page().textContent('.site-name')).toBe('Visit Kaustby')
    expect(
      await page()
        .locator('.site-header')
        .evaluate((node) => getComputedStyle(node).backgroundColor),
    ).toBe('rgb(138, 44, 11)')
    expect(await storedSubmission(name)).toHaveLength(1)
  })
})

describe('posts the form cannot make', () => {
  it('are answered with a message, not an error page', async () => {
    const huge = new FormData()
    huge.set('description', 'a'.repeat(600 * 1024))
    const response = await fetch(`${baseUrl}/sv/evenemang/ny`, { method: 'POST', body: huge })
    expect(response.status).toBe(413)
    expect(await response.text()).toMatch(/^Formulärets uppgifter var för stora/)
    const plain = await fetch(`${baseUrl}/tapahtumat/uusi`, {
      method: 'POST',
      body: new URLSearchParams({ name: 'x', token: 'forged' }),
    })
    expect(plain.status).toBe(200)
  })
})

describe('the moderation queue', () => {
  it('shows the editor pending submissions first, labelled', async () => {
    const editor = demoUsers.find((user) => user.role === 'editor')!
    const browser = await launchChromium()
    try {
      const admin = await (await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': 'fi' } })).newPage()
      await admin.goto(`${baseUrl}/admin/login`)
      await admin.getByLabel('Sähköposti').fill(editor.email)
      await admin.getByLabel('Salasana').fill(editor.password)
      await admin.getByRole('button', { name: 'Kirjaudu sisään' }).click()
      await admin.waitForURL(`${baseUrl}/admin`)
      await admin.goto(`${baseUrl}/admin/collections/events`)
      const rows = admin.locator('table tbody tr')
      await rows.first().waitFor()
      const states = await rows.evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''))
      const pending = states.map((text) => text.includes('Odottaa tarkastusta'))
      expect(pending[0]).toBe(true)
      expect(pending.lastIndexOf(true)).toBeLessThan(pending.indexOf(false))
      expect(states.some((text) => text.includes('Kylän joulumyyjäiset'))).toBe(true)
    } finally {
      await browser.close()
    }
  })
})
