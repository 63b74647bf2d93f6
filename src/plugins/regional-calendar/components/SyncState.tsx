import type { Payload, TypedUser } from 'payload'
import type { I18nClient } from '@payloadcms/translations'
import { connectionOf, retryAllowed } from '../config'
import { STATE_COLLECTION } from '../options'
import type { StateRow } from '../sync'
import { say } from '../translations'
import { RetryButton } from './RetryButton'

type State = StateRow & {
  syncedAt?: string | null
  nextAttemptAt?: string | null
  lastError?: string | null
  remoteUrl?: string | null
}

async function stateOf(payload: Payload, eventId: unknown): Promise<State | undefined> {
  if (typeof eventId !== 'number') return undefined
  const result = await payload.find({
    collection: STATE_COLLECTION,
    where: { eventId: { equals: eventId } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return result.docs[0] as unknown as State | undefined
}

const time = (iso: string | null | undefined, language: string) =>
  iso
    ? new Intl.DateTimeFormat(language === 'fi' ? 'fi-FI' : language === 'sv' ? 'sv-FI' : 'en-GB', {
        timeZone: 'Europe/Helsinki',
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(new Date(iso))
    : ''

const colours: Record<string, string> = {
  synced: '#1e7a34',
  queued: '#555',
  failing: '#9a5b00',
  failed: '#b3261e',
  removed: '#555',
  past: '#555',
  none: '#555',
}

/** The events list's column: one word per event. */
export async function SyncStateCell({
  rowData,
  payload,
  i18n,
}: {
  rowData?: { id?: unknown }
  payload: Payload
  i18n: I18nClient
}) {
  if (!connectionOf(payload)) return <span>–</span>
  const state = await stateOf(payload, rowData?.id)
  const key = state?.state ?? 'none'
  return <span style={{ color: colours[key], fontWeight: 600 }}>{say(i18n.language, `state_${key}`)}</span>
}

/** The event's sidebar panel: what the regional calendar holds, how the last attempts went, and "retry now" for editors. */
export async function SyncStatePanel({
  id,
  payload,
  i18n,
  user,
}: {
  id?: number | string
  payload: Payload
  i18n: I18nClient
  user?: TypedUser | null
}) {
  const language = i18n.language
  const t = (key: Parameters<typeof say>[1], vars?: Parameters<typeof say>[2]) => say(language, key, vars)
  const body = await (async () => {
    if (!connectionOf(payload)) return <p>{t('syncOff')}</p>
    const eventId = typeof id === 'string' ? Number(id) : id
    if (!eventId) return <p>{t('notSyncedYet')}</p>
    const state = await stateOf(payload, eventId)
    const key = state?.state ?? 'none'
    return (
      <>
        <p>
          <strong style={{ color: colours[key] }}>{t(`state_${key}`)}</strong>
        </p>
        {key === 'none' && <p>{t('notSyncedYet')}</p>}
        {key === 'queued' && <p>{t('queuedHint')}</p>}
        {key === 'synced' && <p>{t('syncedAtText', { time: time(state?.syncedAt, language) })}</p>}
        {key === 'failing' && (
          <p>{t('failingText', { attempts: state?.attempts ?? 0, time: time(state?.nextAttemptAt, language) })}</p>
        )}
        {key === 'failed' && <p>{t('failedText')}</p>}
        {key === 'removed' && <p>{t('removedText')}</p>}
        {key === 'past' && <p>{t('pastText')}</p>}
        {state?.lastError && (key === 'failing' || key === 'failed') && (
          <p>{t('lastErrorText', { error: state.lastError })}</p>
        )}
        {state?.remoteUrl && key === 'synced' && (
          <p>
            <a href={state.remoteUrl} target="_blank" rel="noreferrer">
              {t('openRemote')} ({state.remoteId})
            </a>
          </p>
        )}
        {retryAllowed(payload, user) && (
          <RetryButton
            eventId={eventId}
            labels={{ retryNow: t('retryNow'), retryQueued: t('retryQueued'), retryFailed: t('retryFailed') }}
          />
        )}
      </>
    )
  })()
  return (
    <section
      aria-labelledby="regional-calendar-title"
      style={{ margin: 'var(--base) 0', paddingTop: 'var(--base)', borderTop: '1px solid var(--theme-elevation-150)' }}
    >
      <h3 id="regional-calendar-title" style={{ fontSize: '1rem', margin: '0 0 0.5rem' }}>
        {t('panelTitle')}
      </h3>
      {body}
    </section>
  )
}

/** Above the dashboard and the events list when the sync is off, so nobody expects events to reach the regional calendar. */
export function SyncOffNotice({ payload, i18n }: { payload: Payload; i18n: I18nClient }) {
  if (connectionOf(payload)) return null
  return (
    <div
      role="note"
      style={{
        border: '1px solid var(--theme-warning-500, #c80)',
        padding: '0.75rem 1rem',
        marginBottom: '1rem',
        borderRadius: 4,
      }}
    >
      {say(i18n.language, 'syncOff')}
    </div>
  )
}
