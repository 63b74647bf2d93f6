import type { CollectionConfig } from 'payload'
import { anyone, isAdmin } from '../access'
import { t3 } from '../fields/labels'
import { message } from '../fields/messages'
import { revalidating } from './hooks/revalidate'

/** Statistics Finland municipality codes; seeded from the domain notes. */
export const Municipalities: CollectionConfig = {
  slug: 'municipalities',
  labels: { singular: t3('Kunta', 'Kommun', 'Municipality'), plural: t3('Kunnat', 'Kommuner', 'Municipalities') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'member'],
    group: t3('Perustiedot', 'Grunddata', 'Reference data'),
  },
  defaultSort: 'code',
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: revalidating('municipalities'),
  fields: [
    {
      name: 'code',
      type: 'text',
      label: t3('Kuntanumero', 'Kommunnummer', 'Municipality code'),
      required: true,
      unique: true,
      validate: (value: string | null | undefined, { req }: { req: Parameters<typeof message>[0] }) =>
        typeof value === 'string' && /^\d{3}$/.test(value) ? true : message(req, 'invalidMunicipalityCode'),
    },
    { name: 'name', type: 'text', label: t3('Nimi', 'Namn', 'Name'), required: true, localized: true },
    {
      name: 'member',
      type: 'checkbox',
      label: t3('Seutukunnan jäsenkunta', 'Medlemskommun i regionen', 'Member of the sub-region'),
      defaultValue: false,
    },
  ],
}
