import type { CollectionConfig, NumberFieldSingleValidation } from 'payload'
import { anyone, isLoggedIn, ownOrganisationContent } from '../access'
import { t3 } from '../fields/labels'
import { message } from '../fields/messages'
import type { MessageKey } from '../i18n/admin/messages'
import { ownOrganisationField } from '../fields/ownOrganisation'
import { requiredInFinnish } from '../fields/requiredInFinnish'
import { revalidating } from './hooks/revalidate'

const within =
  (min: number, max: number, key: MessageKey): NumberFieldSingleValidation =>
  (value, { req }) =>
    value === null || value === undefined || (value >= min && value <= max) ? true : message(req, key)

/** Where events happen. Synced to the regional calendar before the events that point to them. */
export const Places: CollectionConfig = {
  slug: 'places',
  labels: { singular: t3('Paikka', 'Plats', 'Place'), plural: t3('Paikat', 'Platser', 'Places') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'streetAddress', 'municipality'],
    group: t3('Tapahtumat', 'Evenemang', 'Events'),
  },
  access: { read: anyone, create: isLoggedIn, update: ownOrganisationContent(), delete: ownOrganisationContent() },
  hooks: revalidating('places', 'events'),
  fields: [
    {
      name: 'name',
      type: 'text',
      label: t3('Nimi', 'Namn', 'Name'),
      localized: true,
      validate: requiredInFinnish('placeNameRequired'),
    },
    { name: 'streetAddress', type: 'text', label: t3('Katuosoite', 'Gatuadress', 'Street address'), localized: true },
    {
      name: 'postcode',
      type: 'text',
      label: t3('Postinumero', 'Postnummer', 'Postcode'),
      validate: (value: string | null | undefined, { req }: { req: Parameters<typeof message>[0] }) =>
        !value || /^\d{5}$/.test(value) ? true : message(req, 'invalidPostcode'),
    },
    {
      name: 'municipality',
      type: 'relationship',
      relationTo: 'municipalities',
      required: true,
      label: t3('Kunta', 'Kommun', 'Municipality'),
    },
    {
      name: 'coordinates',
      type: 'group',
      label: t3('Koordinaatit (WGS84)', 'Koordinater (WGS84)', 'Coordinates (WGS84)'),
      fields: [
        {
          name: 'latitude',
          type: 'number',
          label: t3('Leveysaste', 'Latitud', 'Latitude'),
          validate: within(59, 71, 'invalidLatitude'),
        },
        {
          name: 'longitude',
          type: 'number',
          label: t3('Pituusaste', 'Longitud', 'Longitude'),
          validate: within(19, 32, 'invalidLongitude'),
        },
      ],
    },
    {
      name: 'accessibility',
      type: 'textarea',
      label: t3('Saavutettavuus', 'Tillgänglighet', 'Accessibility'),
      localized: true,
      admin: {
        description: t3(
          'Esim. esteetön sisäänkäynti, induktiosilmukka',
          'T.ex. tillgänglig entré, hörslinga',
          'E.g. step-free entrance, hearing loop',
        ),
      },
    },
    ownOrganisationField('organisation', t3('Ylläpitäjä', 'Ansvarig', 'Maintained by'), {
      admin: {
        position: 'sidebar',
        description: t3(
          'Organisaatio, joka saa muokata paikkaa.',
          'Organisationen som får redigera platsen.',
          'The organisation that may edit this place.',
        ),
      },
    }),
  ],
}
