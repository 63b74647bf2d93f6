import { describe, expect, it } from 'vitest'
import { problemMessage } from '../../src/plugins/regional-calendar/components/problem'

// 2.12.2026 14.00 in Helsinki (UTC+2 in December).
const now = new Date('2026-12-02T12:00:00Z')

describe('the sync problem an editor reads', () => {
  it('says in Finnish that the regional calendar is not answering and when the next try is', () => {
    const failing = { state: 'failing', lastStatus: 503, nextAttemptAt: '2026-12-02T12:32:00Z' }
    expect(problemMessage(failing, 'fi', now)).toBe(
      'Alueellinen kalenteri ei vastaa (503). Yritetään uudelleen klo 14.32.',
    )
    expect(problemMessage(failing, 'sv', now)).toBe('Den regionala kalendern svarar inte (503). Nytt försök kl. 14.32.')
    expect(problemMessage(failing, 'en', now)).toBe('The regional calendar is not answering (503). Next try at 14:32.')
  })

  it('names the day of a next try that is not today', () => {
    const failing = { state: 'failing', lastStatus: 502, nextAttemptAt: '2026-12-03T04:05:00Z' }
    expect(problemMessage(failing, 'fi', now)).toBe(
      'Alueellinen kalenteri ei vastaa (502). Yritetään uudelleen 3.12.2026 klo 06.05.',
    )
  })

  it('tells a refused connection, a rate limit and a refused version apart', () => {
    expect(problemMessage({ state: 'failing', lastStatus: null, nextAttemptAt: null }, 'fi', now)).toBe(
      'Alueelliseen kalenteriin ei saada yhteyttä.',
    )
    expect(
      problemMessage({ state: 'failing', lastStatus: 429, nextAttemptAt: '2026-12-02T11:59:00Z' }, 'fi', now),
    ).toBe('Alueellinen kalenteri pyytää odottamaan (429). Yritetään uudelleen hetken kuluttua.')
    expect(problemMessage({ state: 'failed', lastStatus: 400 }, 'fi', now)).toMatch(
      /^Alueellinen kalenteri hylkäsi tämän version \(400\)\. Korjaa tapahtuma/,
    )
    expect(problemMessage({ state: 'failed', lastStatus: 503 }, 'fi', now)).toMatch(/^Lähettäminen keskeytettiin/)
  })

  it('says nothing for a state that needs no action', () => {
    expect(problemMessage({ state: 'synced', lastStatus: null }, 'fi', now)).toBeUndefined()
  })
})
