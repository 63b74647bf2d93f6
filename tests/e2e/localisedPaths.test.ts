import { describe, expect, inject, it } from 'vitest'
import { getAs } from '../helpers/http'

const port = inject('appPort')
const regional = 'kaustisenseutu.localhost'
const tourism = 'visitkaustisenseutu.localhost'

/** An event the tourism site shows, from its calendar's first card. */
async function firstEventPath(calendar: string) {
  const page = await getAs(port, tourism, calendar)
  return /href="([^"]+\/\d+)"/.exec(page.body)![1]
}

describe('the calendar at its address in the visitor’s language', () => {
  it.each([
    ['fi', '/tapahtumat', 'Tapahtumat', '/tapahtumat/uusi'],
    ['sv', '/sv/evenemang', 'Evenemang', '/sv/evenemang/ny'],
    ['en', '/en/events', 'Events', '/en/events/new'],
  ])('in %s: %s, its event pages, feeds and form', async (_locale, calendar, heading, form) => {
    const page = await getAs(port, tourism, calendar)
    expect(page.status).toBe(200)
    expect(page.body).toContain(`<h1>${heading}</h1>`)
    // Every link of the calendar is in its language: the form, the feed and the events.
    expect(page.body).toContain(`href="${form}"`)
    expect(page.body).toContain(`href="${calendar}.ics`)
    const event = await firstEventPath(calendar)
    expect(event).toMatch(new RegExp(`^${calendar}/\\d+$`))
    expect((await getAs(port, tourism, event)).status).toBe(200)
    expect((await getAs(port, tourism, `${event}/event.ics`)).status).toBe(200)
    expect((await getAs(port, tourism, `${calendar}.ics`)).body).toContain('BEGIN:VCALENDAR')
    const filtered = await getAs(port, tourism, `${calendar}?q=pelimanni`)
    expect(filtered.status).toBe(200)
    expect((await getAs(port, tourism, form)).status).toBe(200)
    expect((await getAs(port, tourism, `${form}/${{ fi: 'kiitos', sv: 'tack', en: 'thanks' }[_locale]}`)).status).toBe(
      200,
    )
  })

  it('points the event page’s JSON-LD and the feed’s links at the new addresses', async () => {
    const event = await firstEventPath('/sv/evenemang')
    const page = await getAs(port, tourism, event)
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(page.body)![1]) as {
      url: string
    }
    expect(new URL(jsonLd.url).pathname).toBe(event)
    const feed = (await getAs(port, tourism, '/tapahtumat.ics')).body.replace(/\r\n /g, '')
    expect(feed).toMatch(/URL;VALUE=URI:https?:\/\/[^/]+\/tapahtumat\/\d+/)
  })

  it('leaves words of another language to the 404 page', async () => {
    expect((await getAs(port, regional, '/sv/tapahtumat')).status).toBe(404)
    expect((await getAs(port, regional, '/en/evenemang')).status).toBe(404)
  })
})

describe('the English-only addresses of Finnish and Swedish', () => {
  it.each([
    ['/events', '/tapahtumat'],
    ['/events?when=weekend&municipality=236', '/tapahtumat?when=weekend&municipality=236'],
    ['/events/12', '/tapahtumat/12'],
    ['/events/12?occurrence=2026-12-24', '/tapahtumat/12?occurrence=2026-12-24'],
    ['/events/12/event.ics', '/tapahtumat/12/event.ics'],
    ['/events.ics?topic=yso:p1808', '/tapahtumat.ics?topic=yso:p1808'],
    ['/events/new', '/tapahtumat/uusi'],
    ['/events/new/thanks', '/tapahtumat/uusi/kiitos'],
    ['/sv/events', '/sv/evenemang'],
    ['/sv/events/12?occurrence=2026-12-24', '/sv/evenemang/12?occurrence=2026-12-24'],
    ['/sv/events.ics', '/sv/evenemang.ics'],
    ['/sv/events/new/thanks', '/sv/evenemang/ny/tack'],
  ])('%s answers 308 to %s', async (old, now) => {
    const response = await getAs(port, regional, old)
    expect(response.status).toBe(308)
    const location = new URL(response.headers.location!, `http://${regional}`)
    expect(`${location.pathname}${decodeURIComponent(location.search)}`).toBe(now)
  })

  it('English keeps its own: /en/events is the calendar itself', async () => {
    expect((await getAs(port, regional, '/en/events')).status).toBe(200)
  })
})
