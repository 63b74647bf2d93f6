import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { Field, PayloadRequest, Plugin } from 'payload'
import { isStaff } from '../access'
import { t3 } from '../fields/labels'
import { message } from '../fields/messages'
import { sitesField } from '../fields/sites'
import { normaliseRedirectPath } from '../lib/redirectPath'
import { isHttpUrl } from '../lib/url'
import { revalidating } from './hooks/revalidate'

/** The statuses Next's redirect() and permanentRedirect() answer with from a page. */
const redirectStatuses = [
  { value: '308', label: t3('Pysyvä (308)', 'Permanent (308)', 'Permanent (308)') },
  { value: '307', label: t3('Tilapäinen (307)', 'Tillfällig (307)', 'Temporary (307)') },
]

type Req = Parameters<typeof message>[0]

/** Our labels, in fi/sv/en, and our rules on the plugin's fields (it ships no Finnish). */
function ourFields(defaultFields: Field[]): Field[] {
  return defaultFields.map((field): Field => {
    if (!('name' in field)) return field
    if (field.name === 'from' && field.type === 'text')
      return {
        ...field,
        label: t3('Vanha osoite', 'Gammal adress', 'Old address'),
        // Unique per site, not across the sites (checked below).
        unique: false,
        admin: {
          description: t3(
            'Polku, jota ei enää ole, esim. /ajankohtaista/vanha-uutinen tai koko vanha osoite. Kysymysmerkin jälkeinen osa jätetään pois.',
            'En sökväg som inte längre finns, t.ex. /sv/aktuellt/gammal-nyhet eller hela den gamla adressen. Delen efter frågetecknet tas bort.',
            'A path that no longer exists, e.g. /ajankohtaista/old-news or the whole old address. The part after a question mark is dropped.',
          ),
        },
        hooks: {
          beforeValidate: [
            ({ value }: { value?: unknown }) =>
              typeof value === 'string' ? (normaliseRedirectPath(value) ?? value) : value,
          ],
        },
        validate: validateFrom,
      }
    if (field.name === 'to' && field.type === 'group')
      return {
        ...field,
        fields: field.fields.map((sub): Field => {
          if (!('name' in sub)) return sub
          if (sub.name === 'type' && sub.type === 'radio')
            return {
              ...sub,
              label: t3('Uusi osoite', 'Ny adress', 'New address'),
              options: [
                { value: 'reference', label: t3('Sisältö', 'Innehåll', 'Content') },
                { value: 'custom', label: t3('Osoite', 'Adress', 'Address') },
              ],
            }
          if (sub.name === 'reference' && sub.type === 'relationship')
            return { ...sub, label: t3('Sisältö', 'Innehåll', 'Content') }
          if (sub.name === 'url' && sub.type === 'text')
            return {
              ...sub,
              label: t3('Osoite', 'Adress', 'Address'),
              admin: {
                ...sub.admin,
                description: t3(
                  'Sivuston polku (/tapahtumat) tai kokonainen osoite (https://…).',
                  'En sökväg på webbplatsen (/sv/evenemang) eller en hel adress (https://…).',
                  'A path of the site (/en/events) or a whole address (https://…).',
                ),
              },
              validate: (value: unknown, { req, siblingData }: { req: Req; siblingData: { type?: unknown } }) =>
                siblingData?.type !== 'custom' ||
                (typeof value === 'string' && (/^\/(?!\/)/.test(value) || isHttpUrl(value)))
                  ? true
                  : message(req, 'redirectTarget'),
            }
          return sub
        }),
      }
    return field
  })
}

/** The old address may have one redirect per site. */
async function validateFrom(
  value: unknown,
  { req, data, id }: { req: PayloadRequest; data: { sites?: unknown }; id?: number | string },
): Promise<true | string> {
  if (typeof value !== 'string' || !normaliseRedirectPath(value)) return message(req, 'redirectFrom')
  const siteIds = (Array.isArray(data?.sites) ? (data.sites as unknown[]) : []).map((site) =>
    typeof site === 'object' && site && 'id' in site ? site.id : site,
  )
  if (siteIds.length === 0) return true
  const taken = await req.payload.find({
    collection: 'redirects',
    where: {
      and: [{ from: { equals: value } }, { sites: { in: siteIds } }, ...(id ? [{ id: { not_equals: id } }] : [])],
    },
    limit: 1,
    depth: 0,
    req,
  })
  return taken.docs.length > 0 ? message(req, 'redirectTaken', { from: value }) : true
}

/**
 * Redirects editors keep for old addresses (`@payloadcms/plugin-redirects`): an old path of a
 * site to a document of ours or an address. The site's 404 path looks them up
 * (app/(sites)/[host]/[locale]/[...rest]/page.tsx) through a query cached under `redirects`.
 */
export const redirects: Plugin = redirectsPlugin({
  collections: ['events'],
  redirectTypes: ['308', '307'],
  redirectTypeFieldOverride: {
    label: t3('Uudelleenohjauksen tyyppi', 'Typ av omdirigering', 'Redirect type'),
    options: redirectStatuses,
    defaultValue: '308',
  },
  overrides: {
    labels: {
      singular: t3('Uudelleenohjaus', 'Omdirigering', 'Redirect'),
      plural: t3('Uudelleenohjaukset', 'Omdirigeringar', 'Redirects'),
    },
    admin: {
      useAsTitle: 'from',
      defaultColumns: ['from', 'to.type', 'sites', 'type'],
      group: t3('Sisältö', 'Innehåll', 'Content'),
    },
    access: { read: () => true, create: isStaff, update: isStaff, delete: isStaff },
    hooks: revalidating('redirects'),
    fields: ({ defaultFields }) => [...ourFields(defaultFields), sitesField],
  },
})
