import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Field, Plugin } from 'payload'
import { t3 } from '../../fields/labels'
import type { Localised } from '../../lib/locales'
import type { News } from '../../payload-types'

/** Our labels for the plugin's fields, which it gives in English only (or none). */
const labels: Record<string, { label: Localised; description?: Localised }> = {
  overview: { label: t3('Yhteenveto', 'Översikt', 'Overview') },
  title: {
    label: t3('Hakukoneotsikko', 'Rubrik för sökmotorer', 'Search engine title'),
    description: t3(
      'Tyhjänä käytetään uutisen otsikkoa.',
      'Tom: nyhetens rubrik används.',
      'Empty: the item’s title is used.',
    ),
  },
  description: {
    label: t3('Hakukonekuvaus', 'Beskrivning för sökmotorer', 'Search engine description'),
    description: t3('Tyhjänä käytetään ingressiä.', 'Tom: ingressen används.', 'Empty: the lead is used.'),
  },
  image: {
    label: t3('Jakokuva', 'Delningsbild', 'Share image'),
    description: t3(
      'Näkyy, kun uutinen jaetaan somessa. Tyhjänä käytetään pääkuvaa.',
      'Visas när nyheten delas i sociala medier. Tom: huvudbilden används.',
      'Shown when the item is shared on social media. Empty: the hero image is used.',
    ),
  },
  preview: { label: t3('Esikatselu', 'Förhandsgranskning', 'Preview') },
}

type Ours = (typeof labels)[string]

const relabel = <F extends { admin?: object }>(field: F, ours: Ours): F => ({
  ...field,
  label: ours.label,
  admin: { ...field.admin, description: ours.description },
})

function labelled(fields: Field[]): Field[] {
  return fields.map((field) => {
    const ours = 'name' in field ? labels[field.name] : undefined
    if (!ours) return field
    if (field.type === 'ui') return { ...field, label: ours.label }
    if (field.type === 'text' || field.type === 'textarea' || field.type === 'upload') return relabel(field, ours)
    return field
  })
}

const idOf = (value: News['heroImage']) => (typeof value === 'object' && value ? value.id : value)

/**
 * Search engine and share texts per language (`meta.title`, `meta.description`, `meta.image`),
 * with the plugin's length checks and preview. Left empty, the pages use the title, the lead and
 * the hero image (src/app/(sites)/…/news/[slug]/page.tsx); "Luo automaattisesti" copies them in.
 */
export const newsSeo: Plugin[] = [
  seoPlugin({
    collections: ['news'],
    uploadsCollection: 'media',
    fields: ({ defaultFields }) => labelled(defaultFields),
    generateTitle: ({ doc }: { doc: Partial<News> }) => doc.title ?? '',
    generateDescription: ({ doc }: { doc: Partial<News> }) => doc.lead ?? '',
    generateImage: ({ doc }: { doc: Partial<News> }) => idOf(doc.heroImage) ?? '',
  }),
  // The plugin names its group "SEO" in every language.
  (config) => ({
    ...config,
    collections: config.collections?.map((collection) =>
      collection.slug !== 'news'
        ? collection
        : {
            ...collection,
            fields: collection.fields.map((field) =>
              'name' in field && field.name === 'meta' && field.type === 'group'
                ? { ...field, label: t3('Hakukoneet ja jakaminen', 'Sökmotorer och delning', 'Search and sharing') }
                : field,
            ),
          },
    ),
  }),
]
