import type { Field } from 'payload'
import { t3 } from './labels'
import { message } from './messages'
import { requiredInFinnish } from './requiredInFinnish'
import { urlField } from './url'

/**
 * The site's own pages a navigation link can name, by route path: the link then points at the
 * page in the visitor's language (`/events` is `/tapahtumat`, `/sv/evenemang`, `/en/events`).
 */
export const linkablePages = [
  { value: '/', label: t3('Etusivu', 'Startsida', 'Front page') },
  { value: '/news', label: t3('Uutiset', 'Nyheter', 'News') },
  { value: '/events', label: t3('Tapahtumakalenteri', 'Evenemangskalender', 'Event calendar') },
  { value: '/events/new', label: t3('Ilmoita tapahtuma', 'Anmäl ett evenemang', 'Add an event') },
]

/**
 * A link of a site's navigation or footer: a label in each language and either one of the site's
 * pages or a web address (one address for every language, or one per language).
 */
export function siteLinkFields(): Field[] {
  return [
    {
      name: 'label',
      type: 'text',
      label: t3('Teksti', 'Text', 'Text'),
      localized: true,
      maxLength: 60,
      validate: requiredInFinnish('linkLabelRequired'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'page',
          type: 'select',
          label: t3('Sivu', 'Sida', 'Page'),
          options: linkablePages,
          validate: (
            value: unknown,
            { siblingData, req }: { siblingData: { url?: unknown }; req: Parameters<typeof message>[0] },
          ) => (Boolean(value) === Boolean(siblingData?.url) ? message(req, 'linkTarget') : true),
        },
        urlField('url', t3('tai osoite', 'eller adress', 'or address'), { localized: true }),
      ],
    },
  ]
}
