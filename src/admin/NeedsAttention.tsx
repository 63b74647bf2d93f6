import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser, Where } from 'payload'
import { hasRole } from '../access/roles'
import type { MessageKey } from '../i18n/admin/messages'
import { connectionOf } from '../plugins/regional-calendar/config'
import { STATE_COLLECTION } from '../plugins/regional-calendar/options'

type Item = { key: MessageKey; count: number; href: string }

const listLink = (admin: string, slug: string, field: string, value: string) =>
  `${admin}/collections/${slug}?${new URLSearchParams({ [`where[${field}][equals]`]: value })}`

/**
 * The dashboard's "needs attention": failing and refused syncs and submissions waiting for an
 * editor, each with its count and a link to the filtered list. A member sees the syncs of its
 * own organisations' events (the sync states' read access narrows the count). One count query
 * per line, however many events there are.
 */
export async function NeedsAttention({
  payload,
  i18n,
  user,
}: {
  payload: Payload
  i18n: I18nClient
  user?: TypedUser | null
}) {
  if (!user) return null
  const t = (key: MessageKey, vars?: Record<string, unknown>) =>
    (i18n.t as (key: string, vars?: Record<string, unknown>) => string)(`seutu:${key}`, vars)
  const admin = payload.config.routes.admin
  const staff = hasRole(user, 'admin', 'editor')
  const count = async (collection: 'events' | typeof STATE_COLLECTION, where: Where) =>
    (await payload.count({ collection, where, user, overrideAccess: false })).totalDocs

  const checks: Promise<Item>[] = []
  if (connectionOf(payload))
    for (const [state, key] of [
      ['failing', staff ? 'attentionFailing' : 'attentionOwnFailing'],
      ['failed', staff ? 'attentionRefused' : 'attentionOwnRefused'],
    ] as const)
      checks.push(
        count(STATE_COLLECTION, { state: { equals: state } }).then((n) => ({
          key,
          count: n,
          href: listLink(admin, STATE_COLLECTION, 'state', state),
        })),
      )
  if (staff)
    checks.push(
      count('events', { 'submission.state': { equals: 'pending' } }).then((n) => ({
        key: 'attentionSubmissions',
        count: n,
        href: listLink(admin, 'events', 'submission.state', 'pending'),
      })),
    )
  const items = (await Promise.all(checks)).filter((item) => item.count > 0)

  return (
    <section aria-labelledby="needs-attention-title" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <h2 id="needs-attention-title" style={{ fontSize: '1.25rem', margin: '0 0 0.5rem' }}>
        {t('attentionTitle')}
      </h2>
      {items.length === 0 ? (
        <p>{t(staff ? 'attentionNone' : 'attentionOwnNone')}</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {items.map((item) => (
            <li key={item.key} style={{ margin: '0.25rem 0' }}>
              <a href={item.href}>
                {t(item.key)}: <strong>{item.count}</strong>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
