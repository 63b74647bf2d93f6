import { ValidationError, type CollectionBeforeChangeHook, type CollectionConfig, type CollectionSlug } from 'payload'
import type { ResolvedOptions } from './options'
import { relationId } from './sync'
import { say } from './translations'

type FieldLabel = NonNullable<ConstructorParameters<typeof ValidationError>[0]['errors'][number]['label']>

const labelOf = (collection: CollectionConfig, name: string): FieldLabel | undefined => {
  const field = collection.fields.find((candidate) => 'name' in candidate && candidate.name === name)
  const label = field && 'label' in field ? field.label : undefined
  return typeof label === 'string' || (typeof label === 'object' && label) ? label : undefined
}

/**
 * While the sync is on, an event is refused at publishing when the remote would refuse it: it
 * needs a topic with a keyword the remote knows ("Aiheet") and a place or an online address
 * ("Paikka"). The editor hears it on those fields, in the admin's language, rather than later
 * as the remote's English `keywords` or `location`. Drafts are not checked.
 */
export const refuseWhatTheRemoteWould =
  (options: ResolvedOptions, collection: CollectionConfig): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    if (!options.connection()) return data
    const event = { ...originalDoc, ...data } as Record<string, unknown>
    if (event._status !== 'published') return data
    const language = req.i18n?.language ?? 'fi'
    const errors: ConstructorParameters<typeof ValidationError>[0]['errors'] = []

    const topics = event[options.events.topicsField]
    const ids = (Array.isArray(topics) ? topics : topics ? [topics] : []).map(relationId).filter((id) => id !== null)
    const withKeyword = ids.length
      ? await req.payload.count({
          collection: options.topics.slug as CollectionSlug,
          where: {
            and: [
              { id: { in: ids } },
              { [options.topics.keywordField]: { exists: true } },
              { [options.topics.keywordField]: { not_equals: '' } },
            ],
          },
          overrideAccess: true,
          req,
        })
      : { totalDocs: 0 }
    if (!withKeyword.totalDocs)
      errors.push({
        path: options.events.topicsField,
        label: labelOf(collection, options.events.topicsField),
        message: say(language, 'keywordRequired'),
      })

    const online = event[options.events.onlineUrlField]
    if (!relationId(event[options.events.placeField]) && !(typeof online === 'string' && online.trim()))
      errors.push({
        path: options.events.placeField,
        label: labelOf(collection, options.events.placeField),
        message: say(language, 'placeRequired'),
      })

    if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
    return data
  }
