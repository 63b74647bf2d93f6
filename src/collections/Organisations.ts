import type { CollectionConfig } from 'payload'
import { anyone, fieldIsLoggedIn, isOwnOrganisation, isStaff } from '../access'
import { businessIdField } from '../fields/businessId'
import { t3 } from '../fields/labels'
import { urlField } from '../fields/url'
import { revalidating } from './hooks/revalidate'

const kinds = {
  municipality: t3('Kunta', 'Kommun', 'Municipality'),
  association: t3('Yhdistys', 'Förening', 'Association'),
  company: t3('Yritys', 'Företag', 'Company'),
  publicBody: t3('Julkinen toimija', 'Offentligt organ', 'Public body'),
  other: t3('Muu', 'Annan', 'Other'),
}

/** Municipalities, associations and companies that publish content; members edit their own. */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: {
    singular: t3('Organisaatio', 'Organisation', 'Organisation'),
    plural: t3('Organisaatiot', 'Organisationer', 'Organisations'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'businessId', 'municipality'],
    group: t3('Perustiedot', 'Grunddata', 'Reference data'),
  },
  // Organisations appear publicly as organisers; their e-mail and members do not.
  access: { read: anyone, create: isStaff, update: isOwnOrganisation, delete: isStaff },
  // Organiser names appear on the cached event pages.
  hooks: revalidating('organisations'),
  fields: [
    { name: 'name', type: 'text', label: t3('Nimi', 'Namn', 'Name'), required: true, localized: true },
    {
      name: 'kind',
      type: 'select',
      label: t3('Tyyppi', 'Typ', 'Kind'),
      required: true,
      defaultValue: 'association',
      options: Object.entries(kinds).map(([value, label]) => ({ value, label })),
    },
    businessIdField('organisations'),
    {
      name: 'municipality',
      type: 'relationship',
      relationTo: 'municipalities',
      label: t3('Kotikunta', 'Hemkommun', 'Municipality'),
    },
    {
      name: 'contactEmail',
      type: 'email',
      label: t3('Yhteyssähköposti', 'Kontakt-e-post', 'Contact e-mail'),
      access: { read: fieldIsLoggedIn },
    },
    urlField('website', t3('Verkkosivut', 'Webbplats', 'Website')),
    {
      name: 'members',
      type: 'join',
      collection: 'users',
      on: 'organisations',
      label: t3('Jäsenet', 'Medlemmar', 'Members'),
      access: { read: fieldIsLoggedIn },
    },
  ],
}
