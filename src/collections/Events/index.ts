import type { CollectionConfig } from 'payload'
import { isLoggedIn, ownOrganisationContent, publishedOrOwnOrganisation } from '../../access'
import { dayAndTime } from '../../fields/dateTime'
import { t3 } from '../../fields/labels'
import { ownOrganisationField } from '../../fields/ownOrganisation'
import { requiredInFinnish } from '../../fields/requiredInFinnish'
import { urlField } from '../../fields/url'
import { eventTag } from '../../lib/cacheTags'
import { revalidating } from '../hooks/revalidate'
import { removeOccurrences, syncOccurrences } from './occurrences'
import { deriveRule, recurrenceField } from './recurrence'
import { raiseSequence } from './sequence'
import { eraseAfterModeration, moderate, moderationRankField, submissionField } from './submission'
import { validateEnd, validatePlace, validateShortDescription, validateStart } from './validation'

const audiences = {
  children: t3('Lapset', 'Barn', 'Children'),
  youth: t3('Nuoret', 'Unga', 'Youth'),
  adults: t3('Aikuiset', 'Vuxna', 'Adults'),
  seniors: t3('Ikäihmiset', 'Seniorer', 'Seniors'),
  families: t3('Perheet', 'Familjer', 'Families'),
}

const statuses = {
  scheduled: t3('Ajallaan', 'Enligt plan', 'Scheduled'),
  cancelled: t3('Peruttu', 'Inställt', 'Cancelled'),
  postponed: t3('Siirretty', 'Uppskjutet', 'Postponed'),
}

// The lists and feeds, and this event's own page (not every other event's).
const revalidateEvents = revalidating('events', (doc) => eventTag(doc.id))

/**
 * Events, entered once by the organisation that arranges them or sent by a visitor through the
 * public form (a draft with a `submission`, see ./submission.ts). Times are kept in UTC and
 * entered in Europe/Helsinki; drafts are not validated until they are published.
 */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: t3('Tapahtuma', 'Evenemang', 'Event'), plural: t3('Tapahtumat', 'Evenemang', 'Events') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'submission.state', 'startsAt', 'organiser', 'eventStatus', '_status'],
    // The list reads only its columns: a whole event (texts, rich text, series, relations) in
    // every row made a page of 100 rows about 680 kB.
    enableListViewSelectAPI: true,
    group: t3('Tapahtumat', 'Evenemang', 'Events'),
  },
  // Submissions awaiting moderation first, then the latest events. `-createdAt` is Payload's own
  // tie-break, named here so that every read sorts the same way and one index serves it
  // (migration 20261202_164500_events_list_sort_index).
  defaultSort: ['moderationRank', '-startsAt', '-createdAt'],
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  access: {
    read: publishedOrOwnOrganisation('organiser'),
    // Versions keep the document under `version`.
    readVersions: ownOrganisationContent('version.organiser'),
    create: isLoggedIn,
    update: ownOrganisationContent('organiser'),
    delete: ownOrganisationContent('organiser'),
  },
  hooks: {
    beforeChange: [deriveRule, raiseSequence, moderate],
    afterChange: [eraseAfterModeration, syncOccurrences, ...revalidateEvents.afterChange],
    beforeDelete: [removeOccurrences],
    afterDelete: revalidateEvents.afterDelete,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: t3('Nimi', 'Namn', 'Name'),
      localized: true,
      validate: requiredInFinnish('eventNameRequired'),
    },
    {
      name: 'shortDescription',
      type: 'textarea',
      label: t3('Lyhyt kuvaus', 'Kort beskrivning', 'Short description'),
      localized: true,
      admin: { description: t3('Enintään 160 merkkiä.', 'Högst 160 tecken.', 'At most 160 characters.') },
      validate: validateShortDescription,
    },
    { name: 'description', type: 'richText', label: t3('Kuvaus', 'Beskrivning', 'Description'), localized: true },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          label: t3('Alkaa', 'Börjar', 'Starts'),
          required: true,
          index: true,
          timezone: true,
          admin: { date: dayAndTime },
          validate: validateStart,
        },
        {
          name: 'endsAt',
          type: 'date',
          label: t3('Päättyy', 'Slutar', 'Ends'),
          index: true,
          timezone: true,
          admin: { date: dayAndTime },
          validate: validateEnd,
        },
      ],
    },
    {
      name: 'allDay',
      type: 'checkbox',
      label: t3('Koko päivän tapahtuma', 'Heldagsevenemang', 'All-day event'),
      defaultValue: false,
    },
    recurrenceField,
    {
      name: 'place',
      type: 'relationship',
      relationTo: 'places',
      label: t3('Paikka', 'Plats', 'Place'),
      index: true,
      validate: validatePlace,
    },
    urlField('onlineUrl', t3('Verkkotapahtuman osoite', 'Adress till webbevenemang', 'Online event address')),
    ownOrganisationField('organiser', t3('Järjestäjä', 'Arrangör', 'Organiser'), { required: true }),
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      label: t3('Aiheet', 'Ämnen', 'Topics'),
    },
    {
      name: 'audience',
      type: 'select',
      hasMany: true,
      label: t3('Kohderyhmä', 'Målgrupp', 'Audience'),
      options: Object.entries(audiences).map(([value, label]) => ({ value, label })),
    },
    { name: 'isFree', type: 'checkbox', label: t3('Maksuton', 'Avgiftsfritt', 'Free'), defaultValue: false },
    {
      name: 'price',
      type: 'text',
      label: t3('Hinta', 'Pris', 'Price'),
      localized: true,
      admin: { condition: (_, sibling) => !sibling?.isFree },
    },
    urlField('ticketUrl', t3('Lippujen osoite', 'Biljettadress', 'Tickets')),
    urlField('registrationUrl', t3('Ilmoittautumisen osoite', 'Anmälningsadress', 'Registration')),
    { name: 'image', type: 'upload', relationTo: 'media', label: t3('Kuva', 'Bild', 'Image') },
    // First in the sidebar, where an editor moderating a submission looks.
    submissionField,
    {
      name: 'eventStatus',
      type: 'select',
      label: t3('Tapahtuman tila', 'Evenemangets status', 'Event status'),
      required: true,
      defaultValue: 'scheduled',
      options: Object.entries(statuses).map(([value, label]) => ({ value, label })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'sites',
      type: 'relationship',
      relationTo: 'sites',
      hasMany: true,
      label: t3('Näytetään sivustoilla', 'Visas på webbplatserna', 'Shown on sites'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'noSiteNotice',
      type: 'ui',
      label: t3('Huomautus sivustoista', 'Påminnelse om webbplatser', 'Site notice'),
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: '/collections/Events/NoSiteNotice#NoSiteNotice' },
      },
    },
    {
      name: 'icalSequence',
      type: 'number',
      defaultValue: 0,
      label: t3('Muutosten määrä (iCalendar)', 'Antal ändringar (iCalendar)', 'Revision (iCalendar)'),
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: t3(
          'Kasvaa, kun aika, paikka, nimi tai tila muuttuu.',
          'Ökar när tid, plats, namn eller status ändras.',
          'Grows when the time, place, name or status changes.',
        ),
      },
    },
    // Not shown or read: lets a query on events ask for "an occurrence in this range".
    {
      name: 'occurrences',
      type: 'join',
      collection: 'event-occurrences',
      on: 'event',
      label: t3('Tapahtumakerrat', 'Evenemangstillfällen', 'Occurrences'),
      admin: { hidden: true },
    },
    moderationRankField,
  ],
}
