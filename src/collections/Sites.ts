import type { CollectionConfig } from 'payload'
import { anyone, isAdmin } from '../access'
import { t3 } from '../fields/labels'
import { message } from '../fields/messages'
import { languageNames, locales } from '../lib/locales'
import { revalidating } from './hooks/revalidate'

/**
 * The public sites. A request's host name picks the site (see `src/app/(sites)/site.ts`);
 * content chooses the sites that show it through a relationship to this collection.
 */
export const Sites: CollectionConfig = {
  slug: 'sites',
  labels: { singular: t3('Sivusto', 'Webbplats', 'Site'), plural: t3('Sivustot', 'Webbplatser', 'Sites') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'key', 'hostnames'],
    group: t3('Hallinta', 'Administration', 'Administration'),
  },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: revalidating('sites'),
  fields: [
    {
      name: 'key',
      type: 'text',
      label: t3('Tunniste', 'Identifierare', 'Key'),
      required: true,
      unique: true,
      admin: {
        description: t3(
          'Esim. regional, tourism, business',
          'T.ex. regional, tourism, business',
          'E.g. regional, tourism, business',
        ),
      },
    },
    { name: 'name', type: 'text', label: t3('Nimi', 'Namn', 'Name'), required: true, localized: true },
    { name: 'tagline', type: 'textarea', label: t3('Kuvaus', 'Beskrivning', 'Description'), localized: true },
    {
      name: 'hostnames',
      type: 'array',
      label: t3('Palvelinnimet', 'Servernamn', 'Host names'),
      labels: {
        singular: t3('Palvelinnimi', 'Servernamn', 'Host name'),
        plural: t3('Palvelinnimet', 'Servernamn', 'Host names'),
      },
      minRows: 1,
      fields: [
        {
          name: 'hostname',
          type: 'text',
          required: true,
          label: t3('Palvelinnimi', 'Servernamn', 'Host name'),
          hooks: {
            beforeValidate: [
              ({ value }: { value?: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
            ],
          },
          validate: (value: string | null | undefined, { req }: { req: Parameters<typeof message>[0] }) =>
            typeof value === 'string' && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(value)
              ? true
              : message(req, 'invalidHostname'),
        },
      ],
    },
    {
      name: 'defaultLocale',
      type: 'select',
      label: t3('Oletuskieli', 'Standardspråk', 'Default language'),
      required: true,
      defaultValue: 'fi',
      options: locales.map((value) => ({ value, label: languageNames[value] })),
    },
    { name: 'contactEmail', type: 'email', label: t3('Yhteystiedot: sähköposti', 'Kontakt: e-post', 'Contact e-mail') },
  ],
}
