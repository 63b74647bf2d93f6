import type { CollectionConfig } from 'payload'
import { anyone, isStaff } from '../access'
import { t3 } from '../fields/labels'
import { message } from '../fields/messages'
import { revalidating } from './hooks/revalidate'

/** Subjects shared by news, events, projects and companies, mapped to YSO for the calendar. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: t3('Aihe', 'Ämne', 'Topic'), plural: t3('Aiheet', 'Ämnen', 'Topics') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'ysoId'],
    group: t3('Perustiedot', 'Grunddata', 'Reference data'),
  },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: revalidating('topics'),
  fields: [
    { name: 'name', type: 'text', label: t3('Nimi', 'Namn', 'Name'), required: true, localized: true },
    {
      name: 'ysoId',
      type: 'text',
      label: t3('YSO-tunniste', 'YSO-identifierare', 'YSO identifier'),
      index: true,
      admin: { description: t3('Esim. yso:p1808 (musiikki)', 'T.ex. yso:p1808 (musik)', 'E.g. yso:p1808 (music)') },
      hooks: {
        beforeValidate: [
          ({ value }: { value?: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value),
        ],
      },
      validate: (value: string | null | undefined, { req }: { req: Parameters<typeof message>[0] }) =>
        !value || /^yso:p\d+$/.test(value) ? true : message(req, 'invalidYso'),
    },
  ],
}
