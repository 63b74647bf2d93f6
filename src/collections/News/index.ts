import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { isStaff, publishedOrStaff } from '../../access'
import { dayAndTime } from '../../fields/dateTime'
import { t3 } from '../../fields/labels'
import { message } from '../../fields/messages'
import { requiredInFinnish } from '../../fields/requiredInFinnish'
import { revalidating } from '../hooks/revalidate'
import { NEWS_TAG } from '../../lib/cacheTags'
import { newsKinds } from '../../lib/news'
import { newsBodyEditor } from './body'
import { recordSlugs, slugField } from './slug'

const kindLabels = {
  news: t3('Uutinen', 'Nyhet', 'News'),
  pressRelease: t3('Tiedote', 'Pressmeddelande', 'Press release'),
  blog: t3('Blogikirjoitus', 'Blogginlägg', 'Blog post'),
}

/** The item's date is the moment it is first published, by hand or on schedule, unless an editor set one. */
const stampPublishedAt: CollectionBeforeChangeHook = ({ data }) =>
  data._status === 'published' && !data.publishedAt ? { ...data, publishedAt: new Date().toISOString() } : data

// Every news list, feed and front page; article pages show related news, so they carry it too.
const revalidateNews = revalidating(NEWS_TAG)

/**
 * News, press releases and blog posts, written once by the communications office and published
 * on one to three sites. Texts in fi/sv/en, Finnish required; drafts autosave, versions restore,
 * and a publish or unpublish can be scheduled (run by the jobs queue, whose hooks mark the
 * pages stale as the admin's do).
 */
export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: t3('Uutinen', 'Nyhet', 'News item'), plural: t3('Uutiset', 'Nyheter', 'News') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'publishedAt', 'sites', '_status'],
    enableListViewSelectAPI: true,
    group: t3('Sisältö', 'Innehåll', 'Content'),
  },
  defaultSort: '-publishedAt',
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 50 },
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  hooks: {
    beforeChange: [stampPublishedAt],
    afterChange: [recordSlugs, ...revalidateNews.afterChange],
    afterDelete: revalidateNews.afterDelete,
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: t3('Otsikko', 'Rubrik', 'Title'),
      localized: true,
      validate: requiredInFinnish('newsTitleRequired'),
    },
    {
      name: 'lead',
      type: 'textarea',
      label: t3('Ingressi', 'Ingress', 'Lead'),
      localized: true,
      maxLength: 400,
      admin: {
        description: t3(
          'Yksi tai kaksi virkettä, jotka kertovat pääasian. Näkyy listoissa ja syötteissä.',
          'En eller två meningar med det viktigaste. Visas i listor och flöden.',
          'One or two sentences that tell the main point. Shown in lists and feeds.',
        ),
      },
      validate: requiredInFinnish('newsLeadRequired'),
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: t3('Pääkuva', 'Huvudbild', 'Hero image') },
    {
      name: 'body',
      type: 'richText',
      label: t3('Leipäteksti', 'Brödtext', 'Body'),
      localized: true,
      editor: newsBodyEditor,
    },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      label: t3('Aiheet', 'Ämnen', 'Topics'),
    },
    {
      name: 'relatedEvents',
      type: 'relationship',
      relationTo: 'events',
      hasMany: true,
      label: t3('Liittyvät tapahtumat', 'Relaterade evenemang', 'Related events'),
    },
    {
      name: 'kind',
      type: 'select',
      label: t3('Tyyppi', 'Typ', 'Kind'),
      required: true,
      defaultValue: 'news',
      index: true,
      options: newsKinds.map((value) => ({ value, label: kindLabels[value] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'sites',
      type: 'relationship',
      relationTo: 'sites',
      hasMany: true,
      label: t3('Julkaistaan sivustoilla', 'Publiceras på webbplatserna', 'Published on sites'),
      admin: { position: 'sidebar' },
      validate: (value: unknown, { req }: { req: Parameters<typeof message>[0] }) =>
        Array.isArray(value) && value.length >= 1 && value.length <= 3 ? true : message(req, 'newsSiteRequired'),
    },
    slugField,
    {
      name: 'publishedAt',
      type: 'date',
      label: t3('Julkaisuaika', 'Publiceringstid', 'Published'),
      index: true,
      admin: {
        position: 'sidebar',
        date: dayAndTime,
        description: t3(
          'Asetetaan julkaisuhetkeen, jos jätät tyhjäksi.',
          'Sätts till publiceringstidpunkten om du lämnar det tomt.',
          'Set to the moment of publishing if left empty.',
        ),
      },
    },
    {
      name: 'author',
      type: 'text',
      label: t3('Kirjoittaja', 'Skribent', 'Author'),
      admin: { position: 'sidebar' },
      // The writer's name, editable: a press release may be signed by the organisation instead.
      defaultValue: ({ user }: { user?: { name?: string | null } | null }) => user?.name ?? undefined,
    },
  ],
}
