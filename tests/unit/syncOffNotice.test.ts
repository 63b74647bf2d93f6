import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { SyncOffNotice, SyncStatePanel } from '../../src/plugins/regional-calendar/components/SyncState'

const payloadWith = (url?: string) =>
  ({
    config: {
      custom: {
        regionalCalendar: { connection: () => (url ? { baseUrl: url } : undefined), access: { retry: () => true } },
      },
    },
  }) as unknown as Payload

describe('the admin tells when the sync is off', () => {
  it('shows the notice in the editor’s language without REGIONAL_CALENDAR_URL', async () => {
    expect(
      renderToStaticMarkup(SyncOffNotice({ payload: payloadWith(), i18n: { language: 'fi' } as never })),
    ).toContain('Synkronointi alueelliseen tapahtumakalenteriin on pois päältä')
    expect(
      renderToStaticMarkup(SyncOffNotice({ payload: payloadWith(), i18n: { language: 'sv' } as never })),
    ).toContain('Synkroniseringen till den regionala evenemangskalendern är avstängd')
    const panel = await SyncStatePanel({ id: 1, payload: payloadWith(), i18n: { language: 'en' } as never })
    expect(renderToStaticMarkup(panel)).toContain('The sync to the regional event calendar is off')
  })

  it('shows nothing when the sync is on', () => {
    expect(
      SyncOffNotice({ payload: payloadWith('http://calendar.example'), i18n: { language: 'fi' } as never }),
    ).toBeNull()
  })
})
