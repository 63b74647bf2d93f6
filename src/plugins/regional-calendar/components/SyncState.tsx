import type { CollectionSlug, Payload, TypedLocale, TypedUser } from 'payload'
import type { I18nClient } from '@payloadcms/translations'
import { batchLoader } from '../../../lib/batch'
import { connectionOf, detailsAllowed, eventsSlugOf, retryAllowed } from '../config'
import { STATE_COLLECTION } from '../options'
import type { StateRow } from '../sync'
import { say } from '../translations'
import { problemMessage } from './problem'
import { RetryButton } from './RetryButton'

type State = StateRow & {
  syncedAt?: string | null
  nextAttemptAt?: string | null
  lastError?: string | null
  lastStatus?: number | null
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

/** One loader per content language: the names of the events on one page of the sync states, in one query. */
const nameLoaders = new Map<string, (id: number) => Promise<string | undefined>>()
function eventName(payload: Payload, slug: CollectionSlug, language: string, id: number) {
  // The admin language names the content language to show when the content has it.
  const contentLocales: string[] = payload.config.localization ? payload.config.localization.localeCodes : []
  const locale = contentLocales.includes(language) ? (language as TypedLocale) : undefined
  let load = nameLoaders.get(language)
  if (!load) {
    const title = payload.collections[slug]?.config.admin.useAsTitle ?? 'id'
    load = batchLoader(async (ids: number[]) => {
      const { docs } = await payload.find({
        collection: slug,
        where: { id: { in: ids } },
        select: { [title]: true },
        limit: ids.length,
        pagination: false,
        depth: 0,
        locale,
        overrideAccess: true,
      })
      const name = (doc: object) => {
        const entries: [string, unknown][] = Object.entries(doc)
        const value = entries.find(([key]) => key === title)?.[1]
        return typeof value === 'string' ? value : undefined
      }
      return new Map(docs.map((doc) => [Number(doc.id), String(name(doc) ?? doc.id)]))
    })
    nameLoaders.set(language, load)
  }
  return load(id)
}

/**
 * The sync states list's event column: the event's name, linked to it, instead of its id. A
 * state outlives a deleted event until the remote copy is gone, so a missing event says so.
 */
export async function EventNameCell({
  cellData,
  payload,
  i18n,
}: {
  cellData?: unknown
  payload: Payload
  i18n: I18nClient
}) {
  const slug = eventsSlugOf(payload)
  if (typeof cellData !== 'number' || !slug) return <span>{typeof cellData === 'string' ? cellData : ''}</span>
  const name = await eventName(payload, slug, i18n.language, cellData)
  if (name === undefined) return <span>{say(i18n.language, 'eventGone', { id: cellData })}</span>
  return <a href={`${payload.config.routes.admin}/collections/${slug}/${cellData}`}>{name}</a>
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
        {state && (key === 'failing' || key === 'failed') && <p role="status">{problemMessage(state, language)}</p>}
        {key === 'removed' && <p>{t('removedText')}</p>}
        {key === 'past' && <p>{t('pastText')}</p>}
        {state?.lastError && (key === 'failing' || key === 'failed') && detailsAllowed(payload, user) && (
          <details>
            <summary style={{ cursor: 'pointer' }}>{t('details')}</summary>
            <p style={{ margin: '0.5rem 0 0.25rem' }}>{t('detailsHint', { status: state.lastStatus ?? '–' })}</p>
            {/* The remote's text as text: an HTML error page is shown, never rendered. */}
            <pre
              style={{
                whiteSpace: 'pre-wrap',
                wordBreak: 'break-word',
                maxHeight: '16rem',
                overflow: 'auto',
                fontSize: '0.75rem',
              }}
            >
              {state.lastError}
            </pre>
          </details>
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
