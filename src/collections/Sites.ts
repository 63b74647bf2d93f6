import type { CollectionConfig, Field } from 'payload'
import { anyone, fieldIsAdmin, isAdmin, isStaff } from '../access'
import { t3 } from '../fields/labels'
import { message } from '../fields/messages'
import { siteLinkFields } from '../fields/siteLink'
import { AA_NORMAL_TEXT, contrastRatio, parseHexColor } from '../lib/color'
import { languageNames, locales } from '../lib/locales'
import { revalidating } from './hooks/revalidate'

/** What decides where a site answers is the admins'; editors keep its look and its links. */
const adminsOnly = { create: fieldIsAdmin, update: fieldIsAdmin }

/**
 * The accent is the background of white text (the header, buttons) and the colour of links on
 * white, so it must reach WCAG AA against white.
 */
function validateAccent(value: unknown, { req }: { req: Parameters<typeof message>[0] }): true | string {
  if (value === null || value === undefined || value === '') return true
  const color = typeof value === 'string' ? parseHexColor(value) : undefined
  if (!color) return message(req, 'accentFormat')
  const ratio = contrastRatio(color, '#ffffff')
  // Rounded down, so the message never shows 4.5 for a ratio that fails.
  return ratio >= AA_NORMAL_TEXT
    ? true
    : message(req, 'accentContrast', { value: color, ratio: (Math.floor(ratio * 100) / 100).toFixed(2) })
}

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
  access: { read: anyone, create: isAdmin, update: isStaff, delete: isAdmin },
  hooks: revalidating('sites'),
  fields: [
    {
      type: 'tabs',
      tabs: [
        { label: t3('Perustiedot', 'Grunduppgifter', 'Basics'), fields: basicFields() },
        { label: t3('Ulkoasu', 'Utseende', 'Look'), fields: lookFields() },
        {
          label: t3('Navigaatio', 'Navigering', 'Navigation'),
          fields: [
            {
              name: 'navigation',
              type: 'array',
              label: t3('Päävalikko', 'Huvudmeny', 'Main menu'),
              labels: { singular: t3('Linkki', 'Länk', 'Link'), plural: t3('Linkit', 'Länkar', 'Links') },
              maxRows: 8,
              admin: {
                description: t3(
                  'Sivuston yläreunan valikko kaikilla kielillä. Tyhjä: etusivu ja tapahtumat.',
                  'Menyn högst upp på webbplatsen på alla språk. Tom: startsidan och evenemang.',
                  'The menu at the top of the site in every language. Empty: front page and events.',
                ),
              },
              fields: siteLinkFields(),
            },
          ],
        },
        {
          label: t3('Alatunniste', 'Sidfot', 'Footer'),
          fields: [
            {
              name: 'footer',
              type: 'group',
              label: t3('Alatunniste', 'Sidfot', 'Footer'),
              fields: [
                {
                  name: 'text',
                  type: 'textarea',
                  label: t3('Teksti', 'Text', 'Text'),
                  localized: true,
                  maxLength: 600,
                },
                {
                  name: 'links',
                  type: 'array',
                  label: t3('Linkit', 'Länkar', 'Links'),
                  labels: { singular: t3('Linkki', 'Länk', 'Link'), plural: t3('Linkit', 'Länkar', 'Links') },
                  maxRows: 12,
                  fields: siteLinkFields(),
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}

function lookFields(): Field[] {
  return [
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: t3('Logo', 'Logotyp', 'Logo'),
      admin: {
        description: t3(
          'Näkyy sivuston yläreunassa. SVG tai PNG; vaihtoehtoinen teksti luetaan sivuston nimenä.',
          'Visas högst upp på webbplatsen. SVG eller PNG; den alternativa texten läses som webbplatsens namn.',
          'Shown at the top of the site. SVG or PNG; its alternative text is read as the site’s name.',
        ),
      },
    },
    {
      name: 'favicon',
      type: 'upload',
      relationTo: 'media',
      label: t3('Sivustokuvake (favicon)', 'Webbplatsikon (favicon)', 'Site icon (favicon)'),
      admin: {
        description: t3(
          'Selaimen välilehden kuvake: neliön muotoinen SVG tai PNG.',
          'Ikonen i webbläsarens flik: en kvadratisk SVG eller PNG.',
          'The icon of the browser tab: a square SVG or PNG.',
        ),
      },
    },
    {
      name: 'accentColor',
      type: 'text',
      label: t3('Korostusväri', 'Accentfärg', 'Accent colour'),
      admin: {
        description: t3(
          'Muodossa #RRGGBB. Yläreunan, painikkeiden ja linkkien väri; valkoisen tekstin on erotuttava siitä (WCAG AA, 4.5:1).',
          'I formen #RRGGBB. Färgen på sidhuvudet, knapparna och länkarna; vit text måste synas mot den (WCAG AA, 4.5:1).',
          'As #RRGGBB. The colour of the header, buttons and links; white text must stand out against it (WCAG AA, 4.5:1).',
        ),
      },
      hooks: {
        beforeValidate: [
          ({ value }: { value?: unknown }) => (typeof value === 'string' ? value.trim() || null : value),
        ],
        beforeChange: [({ value }: { value?: unknown }) => (typeof value === 'string' ? parseHexColor(value) : value)],
      },
      validate: validateAccent,
    },
  ]
}

function basicFields(): Field[] {
  return [
    {
      name: 'key',
      type: 'text',
      label: t3('Tunniste', 'Identifierare', 'Key'),
      required: true,
      unique: true,
      access: adminsOnly,
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
      access: adminsOnly,
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
      access: adminsOnly,
      options: locales.map((value) => ({ value, label: languageNames[value] })),
    },
    { name: 'contactEmail', type: 'email', label: t3('Yhteystiedot: sähköposti', 'Kontakt: e-post', 'Contact e-mail') },
  ]
}
