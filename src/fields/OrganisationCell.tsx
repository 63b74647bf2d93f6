import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { Payload, StaticLabel } from 'payload'
import { batchLoader } from '../lib/batch'
import { OrganisationName, type Names } from './OrganisationName'

/** A name as Payload returns it with `locale: 'all'`: one per content language (or one text, unlocalised). */
function namesIn(value: unknown): Names {
  if (typeof value === 'string') return { fi: value }
  if (typeof value !== 'object' || value === null) return {}
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  )
}

/** One loader per Payload instance: the names of the organisations on one list page, in one query. */
const loaders = new WeakMap<Payload, (id: number) => Promise<Names | undefined>>()
function namesOf(payload: Payload, id: number) {
  let load = loaders.get(payload)
  if (!load) {
    load = batchLoader(async (ids: number[]) => {
      // Organisations and their names are public (their read access is `anyone`).
      const { docs } = await payload.find({
        collection: 'organisations',
        where: { id: { in: ids } },
        select: { name: true },
        locale: 'all',
        limit: ids.length,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      return new Map(docs.map((doc) => [doc.id, namesIn(doc.name)]))
    })
    loaders.set(payload, load)
  }
  return load(id)
}

/**
 * A list column of an organisation (events' organiser, places' maintainer): its name, read on the
 * server with the names of the page's other rows in one query. Payload's own relationship cell
 * asked for them from the browser after the rows showed, a REST request of three statements
 * (login, count, select) on every list page.
 */
export async function OrganisationCell({
  cellData,
  field,
  payload,
  i18n,
}: {
  cellData?: unknown
  field?: { label?: StaticLabel | false }
  payload: Payload
  i18n: I18nClient
}) {
  const id = typeof cellData === 'object' && cellData !== null && 'id' in cellData ? cellData.id : cellData
  if (typeof id !== 'number') {
    return <span>{i18n.t('general:noLabel', { label: getTranslation(field?.label || '', i18n) })}</span>
  }
  const names = await namesOf(payload, id)
  return <OrganisationName names={names ?? {}} untitled={`${i18n.t('general:untitled')} - ID: ${id}`} />
}
