import type { CollectionSlug, Payload, TypedLocale, TypedUser } from 'payload'
import type { I18nClient } from '@payloadcms/translations'
import { batchLoader, batchLoaderPer } from '../../../lib/batch'
import { connectionOf, detailsAllowed, eventsSlugOf, optionsOf, retryAllowed } from '../config'
import { jobActivity, type JobActivity } from '../jobs'
import { RECONCILIATION_GLOBAL, STATE_COLLECTION } from '../options'
import type { ReconcileReport } from '../reconcile'
import type { StateRow } from '../sync'
import { say } from '../translations'
import { ReconcileButton } from './ReconcileButton'
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
  return (await statesOf(payload, [eventId])).get(eventId)
}

/** The sync states of these events, in one query (no count: `pagination: false`). */
async function statesOf(payload: Payload, eventIds: number[]): Promise<Map<number, State>> {
  const { docs } = await payload.find({
    collection: STATE_COLLECTION,
    where: { eventId: { in: eventIds } },
    limit: eventIds.length,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(docs.map((doc) => [Number(doc.eventId), doc as unknown as State]))
}

/** The states of the events on one list page, in one query (per Payload instance). */
const listedStates = batchLoaderPer(statesOf)
function listedState(payload: Payload, eventId: unknown): Promise<State | undefined> {
  if (typeof eventId !== 'number') return Promise.resolve(undefined)
  return listedStates(payload, eventId)
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

/** The address of the incarnation before this one: `…evt-42r3/` → `…evt-42r2/`, `…evt-42r2/` → `…evt-42/`. */
const previousAddress = (url: string, incarnation: number) =>
  url.replace(new RegExp(`r${incarnation}/$`), incarnation === 2 ? '/' : `r${incarnation - 1}/`)

/** A worker that has not picked up a waiting job within this long is worth mentioning. */
const WAITING_LONG_MS = 2 * 60_000

/** What the jobs queue is doing about the event right now: sending, stuck behind a dead worker, or waiting. */
function Activity({ activity, language }: { activity: JobActivity; language: string }) {
  const t = (key: Parameters<typeof say>[1], vars?: Parameters<typeof say>[2]) => say(language, key, vars)
  if (activity.kind === 'running')
    return (
      <p>
        {activity.alive
          ? t('runningText', { time: time(activity.since, language) })
          : t('stuckText', { time: time(activity.lastBeat, language) })}
      </p>
    )
  if (activity.kind === 'waiting') {
    if (activity.until && Date.parse(activity.until) > Date.now())
      return <p>{t('waitingUntilText', { time: time(activity.until, language) })}</p>
    const since =
      activity.until && Date.parse(activity.until) > Date.parse(activity.since) ? activity.until : activity.since
    return (
      <p>
        {t(Date.now() - Date.parse(since) > WAITING_LONG_MS ? 'waitingLongText' : 'waitingSinceText', {
          time: time(since, language),
        })}
      </p>
    )
  }
  return null
}

/** The events list's column: one word per event, the page's states read together. */
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
  const state = await listedState(payload, rowData?.id)
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
    const staleAfterMs = optionsOf(payload)?.staleJobAfterMs ?? 90_000
    const activity = await jobActivity(payload, eventId, staleAfterMs)
    return (
      <>
        <p>
          <strong style={{ color: colours[key] }}>{t(`state_${key}`)}</strong>
        </p>
        {key === 'none' && <p>{t('notSyncedYet')}</p>}
        {key === 'queued' && activity.kind === 'none' && <p>{t('queuedNoJob')}</p>}
        {/* A failing event's next attempt is already told below. */}
        {!(key === 'failing' && activity.kind === 'waiting') && <Activity activity={activity} language={language} />}
        {key === 'synced' && <p>{t('syncedAtText', { time: time(state?.syncedAt, language) })}</p>}
        {state && (key === 'failing' || key === 'failed') && <p role="status">{problemMessage(state, language)}</p>}
        {key === 'removed' && <p>{t('removedText')}</p>}
        {key === 'removed' && Boolean(state?.children?.length) && (
          <p>{t('removedKeptText', { count: state?.children?.length ?? 0 })}</p>
        )}
        {key === 'synced' && (state?.incarnation ?? 1) > 1 && state?.remoteUrl && (
          <p role="note">
            {t('reincarnatedText', {
              id: state.remoteId ?? '',
              old: previousAddress(state.remoteUrl, state.incarnation ?? 1),
            })}
          </p>
        )}
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
            labels={{
              retryNow: t('retryNow'),
              retryQueued: t('retryQueued'),
              retryRunning: t('retryRunning'),
              retryFailed: t('retryFailed'),
            }}
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

/**
 * On the dashboard for editors and admins while the sync is on: when the regional calendar was
 * last compared with ours, what was sent again to be repaired, and "Check the regional calendar".
 */
export async function ReconciliationPanel({
  payload,
  i18n,
  user,
}: {
  payload: Payload
  i18n: I18nClient
  user?: TypedUser | null
}) {
  if (!connectionOf(payload) || !retryAllowed(payload, user)) return null
  const language = i18n.language
  const t = (key: Parameters<typeof say>[1], vars?: Parameters<typeof say>[2]) => say(language, key, vars)
  const last = await payload.findGlobal({ slug: RECONCILIATION_GLOBAL, depth: 0, overrideAccess: true })
  const report = last.report as ReconcileReport | null | undefined
  const running = last.startedAt && !last.finishedAt && !last.error
  const reasons = new Map<string, number>()
  for (const repair of report?.repairs ?? []) reasons.set(repair.reason, (reasons.get(repair.reason) ?? 0) + 1)
  const list = [...reasons]
    .map(([reason, count]) => `${count} ${t(`repair_${reason}` as Parameters<typeof say>[1])}`)
    .join(', ')
  return (
    <section
      aria-labelledby="regional-calendar-reconciliation"
      style={{
        border: '1px solid var(--theme-elevation-150)',
        padding: '0.75rem 1rem',
        marginBottom: '1rem',
        borderRadius: 4,
      }}
    >
      <h2 id="regional-calendar-reconciliation" style={{ fontSize: '1rem', margin: '0 0 0.5rem' }}>
        {t('reconciliation')}
      </h2>
      {running ? (
        <p>{t('reconcileRunning', { time: time(last.startedAt, language) })}</p>
      ) : last.finishedAt && report ? (
        <p>
          {t('reconcileLast', {
            time: time(last.finishedAt, language),
            seen: report.remoteSeen,
            count: report.repairs.length,
          })}
          {list && ` ${t('reconcileRepairs', { list })}`}
        </p>
      ) : (
        <p>{t('reconcileNever')}</p>
      )}
      {last.error && <p>{t('reconcileError', { error: last.error })}</p>}
      {last.requestedAt && (!last.startedAt || last.requestedAt > last.startedAt) && (
        <p>{t('reconcileRequested', { time: time(last.requestedAt, language), by: last.requestedBy ?? '' })}</p>
      )}
      <ReconcileButton
        labels={{
          reconcileNow: t('reconcileNow'),
          reconcileQueued: t('reconcileQueued'),
          reconcileAlready: t('reconcileAlready'),
          reconcileFailed: t('reconcileFailed'),
        }}
      />
    </section>
  )
}
