import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, Field, PayloadRequest, Where } from 'payload'
import { t3 } from '../../fields/labels'
import { message } from '../../fields/messages'
import { defaultLocale, isLocale } from '../../lib/locales'
import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugify } from '../../lib/slug'
import type { News } from '../../payload-types'
import { executeSql } from '../../server/sql'

/** Segments the news section's own addresses use below it (`/uutiset/filter/…`): never an article's. */
const RESERVED = new Set(['filter'])

const idOf = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : typeof value === 'object' && value ? (value as { id?: number }).id : undefined

/**
 * A slug unique among the news of the same sites in the same language: two items on one site may
 * not answer the same address, while items on different sites may share one. Checked when an item
 * is published (Payload does not validate drafts), in the editor's language.
 */
async function validateSlug(
  value: unknown,
  { req, data, id }: { req: PayloadRequest; data: Partial<{ sites: unknown[] }>; id?: number | string },
): Promise<true | string> {
  if (typeof value !== 'string' || value === '') return true
  if (!SLUG_PATTERN.test(value)) return message(req, 'newsSlugFormat')
  if (RESERVED.has(value)) return message(req, 'newsSlugReserved', { slug: value })
  const sites = (data.sites ?? []).map(idOf).filter((site): site is number => site !== undefined)
  if (sites.length === 0) return true
  const others: Where[] = id === undefined ? [] : [{ id: { not_equals: id } }]
  const { totalDocs } = await req.payload.count({
    collection: 'news',
    where: { and: [{ slug: { equals: value } }, { sites: { in: sites } }, ...others] },
    locale: isLocale(req.locale) ? req.locale : defaultLocale,
    overrideAccess: true,
    req,
  })
  return totalDocs === 0 ? true : message(req, 'newsSlugTaken', { slug: value })
}

/**
 * The address of an item in each language, made from its title in that language when left empty
 * and editable after. A language without its own title keeps no slug of its own: its page answers
 * at the Finnish slug, as its texts fall back to Finnish.
 */
export const slugField: Field = {
  name: 'slug',
  type: 'text',
  label: t3('Osoite (slug)', 'Adress (slug)', 'Address (slug)'),
  localized: true,
  index: true,
  maxLength: MAX_SLUG_LENGTH,
  admin: {
    position: 'sidebar',
    description: t3(
      'Tehdään otsikosta, jos jätät tyhjäksi. Vanha osoite ohjaa uuteen, kun julkaistun uutisen osoite muuttuu.',
      'Skapas av rubriken om du lämnar den tom. Den gamla adressen leder till den nya när en publicerad nyhets adress ändras.',
      'Made from the title if left empty. The old address leads to the new one when a published item’s address changes.',
    ),
  },
  hooks: {
    beforeValidate: [
      ({ value, siblingData }: { value?: unknown; siblingData?: Partial<News> }): unknown => {
        const written = typeof value === 'string' ? value.trim().toLowerCase() : ''
        if (written) return written
        const title = siblingData?.title
        return typeof title === 'string' && title.trim() ? slugify(title) : value
      },
    ],
  },
  validate: validateSlug,
}

/**
 * Every slug a published item has had, per language (`news_slug_history`, migration
 * 20261202_180839_news): an address once given out keeps answering, with a 308 to the current one.
 * Written in the change's transaction from the main row, which holds what is published in every
 * language (a publish in Swedish publishes the Finnish slug saved in a draft too, payload#14672).
 */
export const recordSlugs: CollectionAfterChangeHook<News> = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  await executeSql(
    req,
    sql`INSERT INTO news_slug_history (news_id, locale, slug)
        SELECT l._parent_id, l._locale::text, l.slug FROM news_locales l
        WHERE l._parent_id = ${doc.id} AND coalesce(l.slug, '') <> ''
        ON CONFLICT (news_id, locale, slug) DO UPDATE SET recorded_at = now()`,
  )
  return doc
}
