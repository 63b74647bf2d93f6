import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { Payload, StaticLabel } from 'payload'
import { batchLoaderPer } from '../lib/batch'
import { OrganisationName, type Names } from './OrganisationName'

/** A name as Payload returns it with `locale: 'all'`: one per content language (or one text, unlocalised). */
function namesIn(value: unknown): Names {
  if (typeof value === 'string') return { fi: value }
  if (typeof value !== 'object' || value === null) return {}
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  )
}

/** The names of the organisations on one list page, in one query (per Payload instance). */
const namesOf = batchLoaderPer(async (payload: Payload, ids: number[]) => {
  // Organisations and their names are public (their read access is `anyone`). Only the name is
  // selected, so there is nothing to populate; the ids bound the rows.
  const where = { id: { in: ids } }
  const { docs } = await payload.find({
    collection: 'organisations',
    where,
    select: { name: true },
    locale: 'all',
    pagination: false,
    overrideAccess: true,
  })
  return new Map(docs.map((doc) => [doc.id, namesIn(doc.name)]))
})

type Props = {
  /** The organisation's id (or the organisation, if populated). */
  cellData?: unknown
  field?: { label?: StaticLabel | false }
  payload: Payload
  i18n: I18nClient
}

/**
 * A list column of an organisation (events' organiser, places' maintainer): its name, read on the
 * server with the names of the page's other rows in one query. Payload's own relationship cell
 * asked for them from the browser after the rows showed, a REST request of three statements
 * (login, count, select) on every list page.
 */
export async function OrganisationCell({ cellData, field, payload, i18n }: Props) {
  const id = typeof cellData === 'object' && cellData !== null && 'id' in cellData ? cellData.id : cellData
  if (typeof id !== 'number') {
    return <span>{i18n.t('general:noLabel', { label: getTranslation(field?.label || '', i18n) })}</span>
  }
  const names = await namesOf(payload, id)
  return <OrganisationName names={names ?? {}} untitled={`${i18n.t('general:untitled')} - ID: ${id}`} />
}
