import type { CollectionConfig } from 'payload'
import { nobody, ofPublishedEvent } from '../access'
import { t3 } from '../fields/labels'
import { audiences } from '../lib/eventFilters'

/**
 * The public calendar's rows: one per occurrence of a published event and site it is shown on
 * (one without a site when it is shown on none), so that a weekly series is found on each of its
 * dates. Written only by the events' hooks (see Events/occurrences.ts) from the published
 * document; the filterable fields are copied from the event so that the calendar's usual query
 * reads this table alone.
 */
export const EventOccurrences: CollectionConfig = {
  slug: 'event-occurrences',
  labels: {
    singular: t3('Tapahtumakerta', 'Evenemangstillfälle', 'Event occurrence'),
    plural: t3('Tapahtumakerrat', 'Evenemangstillfällen', 'Event occurrences'),
  },
  admin: { hidden: true },
  access: { read: ofPublishedEvent('event'), create: nobody, update: nobody, delete: nobody },
  defaultSort: 'startsAt',
  timestamps: false,
  // No one edits these rows, so there is nothing to lock.
  lockDocuments: false,
  fields: [
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      required: true,
      index: true,
      label: t3('Tapahtuma', 'Evenemang', 'Event'),
    },
    { name: 'site', type: 'relationship', relationTo: 'sites', index: true, label: t3('Sivusto', 'Webbplats', 'Site') },
    { name: 'startsAt', type: 'date', required: true, index: true, label: t3('Alkaa', 'Börjar', 'Starts') },
    {
      name: 'endsAt',
      type: 'date',
      required: true,
      index: true,
      label: t3('Päättyy', 'Slutar', 'Ends'),
      // One range condition then finds every occurrence, with or without an end time.
      admin: {
        description: t3(
          'Tapahtuman ilman päättymisaikaa alkamisaika.',
          'Starttiden för evenemang utan sluttid.',
          'The start for events without an end time.',
        ),
      },
    },
    { name: 'place', type: 'relationship', relationTo: 'places', index: true, label: t3('Paikka', 'Plats', 'Place') },
    // Ids and values as JSON arrays in the row itself (`[3, 7]`, `["adults"]`) rather than in
    // relationship tables, so that the calendar's count under a topic or audience is read from
    // one index alone (migration 20261202_131837_occurrence_filters).
    {
      name: 'topics',
      type: 'json',
      label: t3('Aiheet', 'Ämnen', 'Topics'),
      typescriptSchema: [() => ({ type: 'array', items: { type: 'integer' } })],
    },
    {
      name: 'audience',
      type: 'json',
      label: t3('Kohderyhmä', 'Målgrupp', 'Audience'),
      typescriptSchema: [() => ({ type: 'array', items: { type: 'string', enum: [...audiences] } })],
    },
    { name: 'isFree', type: 'checkbox', defaultValue: false, label: t3('Maksuton', 'Avgiftsfritt', 'Free') },
  ],
}
