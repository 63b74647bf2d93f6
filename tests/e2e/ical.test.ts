import { describe, expect, inject, it } from 'vitest'
import { getAs } from '../helpers/http'

const port = inject('appPort')
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '')
const summaries = (text: string) => [...unfold(text).matchAll(/^SUMMARY:(.*)$/gm)].map((m) => m[1])

describe('iCalendar feeds', () => {
  it('serve a site’s upcoming events with VTIMEZONE, stable UIDs and cancelled events marked', async () => {
    const response = await getAs(port, 'kaustisenseutu.localhost', '/tapahtumat.ics')
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8')
    const text = unfold(response.body)
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Helsinki')
    expect(summaries(text)).toEqual(['Lasten musiikkileikkikoulu', 'Pelimanniilta', 'Kyläilta: tuulivoima ja Veteli'])
    expect(text).toMatch(/UID:event-\d+@kaustisenseutu\.fi/)
    const cancelled = text.split('BEGIN:VEVENT').find((block) => block.includes('Kyläilta'))!
    expect(cancelled).toContain('STATUS:CANCELLED')
    // The weekly series is one VEVENT with its rule, not its first date alone.
    const series = text.split('BEGIN:VEVENT').find((block) => block.includes('Lasten musiikkileikkikoulu'))!
    expect(series).toMatch(/\r\nRRULE:FREQ=WEEKLY;BYDAY=(MO|TU|WE|TH|FR|SA|SU);COUNT=8\r\n/)
    const again = await getAs(port, 'kaustisenseutu.localhost', '/tapahtumat.ics')
    expect([...unfold(again.body).matchAll(/^UID:(.*)$/gm)].map((m) => m[1])).toEqual(
      [...text.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]),
    )
  })

  it('take the calendar’s filters and language', async () => {
    const veteli = await getAs(port, 'kaustisenseutu.localhost', '/tapahtumat.ics?municipality=924')
    expect(summaries(veteli.body)).toEqual(['Kyläilta: tuulivoima ja Veteli'])
    const swedish = await getAs(port, 'visitkaustisenseutu.localhost', '/sv/evenemang.ics')
    expect(summaries(swedish.body)).toEqual(['Spelmanskväll'])
  })

  it('answer a malformed filter with a readable 400, and ignore unknown parameters', async () => {
    const bad = await getAs(port, 'kaustisenseutu.localhost', '/en/events.ics?municipality=Kaustinen')
    expect(bad.status).toBe(400)
    expect(bad.body).toContain('The municipality filter was left out')
    expect((await getAs(port, 'kaustisenseutu.localhost', '/tapahtumat.ics?utm_source=x')).status).toBe(200)
  })

  it('give one event as an .ics file, and 404 for events that are not there', async () => {
    const feed = unfold((await getAs(port, 'kaustisenseutu.localhost', '/tapahtumat.ics')).body)
    const uid = /UID:event-(\d+)@/.exec(feed)![1]
    const single = await getAs(port, 'kaustisenseutu.localhost', `/tapahtumat/${uid}/event.ics`)
    expect(single.status).toBe(200)
    expect(unfold(single.body).match(/BEGIN:VEVENT/g)).toHaveLength(1)
    expect((await getAs(port, 'kaustisenseutu.localhost', '/tapahtumat/999999/event.ics')).status).toBe(404)
  })

  it('are cacheable by any cache, with an ETag that answers 304 while the feed is unchanged', async () => {
    for (const path of ['/tapahtumat.ics', '/tapahtumat.ics?municipality=924']) {
      const first = await getAs(port, 'kaustisenseutu.localhost', path)
      expect(first.headers['cache-control']).toMatch(/^public, .*s-maxage=\d+.*stale-while-revalidate=\d+/)
      const etag = String(first.headers.etag)
      const again = await getAs(port, 'kaustisenseutu.localhost', path, { 'If-None-Match': etag })
      expect(again.status).toBe(304)
      expect(again.body).toBe('')
    }
    const one = await getAs(port, 'kaustisenseutu.localhost', '/tapahtumat.ics')
    const id = /URL;VALUE=URI:https?:\/\/[^/]+\/tapahtumat\/(\d+)/.exec(unfold(one.body))![1]
    const single = await getAs(port, 'kaustisenseutu.localhost', `/tapahtumat/${id}/event.ics`)
    expect(single.status).toBe(200)
    const cached = await getAs(port, 'kaustisenseutu.localhost', `/tapahtumat/${id}/event.ics`, {
      'If-None-Match': String(single.headers.etag),
    })
    expect(cached.status).toBe(304)
  })
})
