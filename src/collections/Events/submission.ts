import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Field } from 'payload'
import { fieldIsStaff } from '../../access'
import { t3 } from '../../fields/labels'
import type { Event } from '../../payload-types'
import { executeSql } from '../../server/sql'

const readOnly = { readOnly: true } as const

/**
 * What a visitor's "add your event" submission brings that has no place in an event yet, and its
 * moderation. Only staff see it: organisation members and the public never do, even after an
 * editor has named an organiser. The submitter's name, e-mail, message and client key serve the
 * moderation only and are erased when it ends (see `eraseAfterModeration`).
 */
export const submissionField: Field = {
  name: 'submission',
  type: 'group',
  label: t3('Yleisön ilmoitus', 'Anmälan från allmänheten', 'Public submission'),
  access: { read: fieldIsStaff, create: fieldIsStaff, update: fieldIsStaff },
  // A copy is the editor's own event, not the visitor's submission: it takes none of their data.
  hooks: { beforeDuplicate: [() => ({})] },
  admin: {
    position: 'sidebar',
    condition: (data: Partial<Event>) => Boolean(data?.submission?.state),
    description: t3(
      'Hyväksy julkaisemalla (valitse ensin järjestäjä ja tarvittaessa paikka) tai hylkää valitsemalla Hylätty ja tallentamalla. Kummassakin tapauksessa ilmoittajan nimi, sähköposti ja viesti poistetaan, myös vanhoista versioista.',
      'Godkänn genom att publicera (välj först arrangör och vid behov plats) eller avvisa genom att välja Avvisad och spara. I båda fallen raderas anmälarens namn, e-post och meddelande, även ur tidigare versioner.',
      'Approve by publishing (choose the organiser, and a place if needed, first) or reject by choosing Rejected and saving. Either way the submitter’s name, e-mail and message are erased, from earlier versions too.',
    ),
  },
  fields: [
    {
      name: 'state',
      type: 'select',
      label: t3('Tarkastus', 'Granskning', 'Moderation'),
      admin: { isClearable: false },
      options: [
        { value: 'pending', label: t3('Odottaa tarkastusta', 'Väntar på granskning', 'Awaiting moderation') },
        { value: 'approved', label: t3('Hyväksytty', 'Godkänd', 'Approved') },
        { value: 'rejected', label: t3('Hylätty', 'Avvisad', 'Rejected') },
      ],
    },
    {
      name: 'submittedAt',
      type: 'date',
      index: true,
      label: t3('Lähetetty', 'Skickad', 'Submitted'),
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime', displayFormat: 'd.M.yyyy HH.mm' } },
    },
    {
      name: 'language',
      type: 'select',
      label: t3('Ilmoittajan kieli', 'Anmälarens språk', 'Language of the submission'),
      options: [
        { value: 'fi', label: t3('suomi', 'finska', 'Finnish') },
        { value: 'sv', label: t3('ruotsi', 'svenska', 'Swedish') },
        { value: 'en', label: t3('englanti', 'engelska', 'English') },
      ],
      admin: readOnly,
    },
    {
      name: 'submitterName',
      type: 'text',
      label: t3('Ilmoittajan nimi', 'Anmälarens namn', 'Submitter’s name'),
      admin: readOnly,
    },
    {
      name: 'submitterEmail',
      type: 'email',
      label: t3('Ilmoittajan sähköposti', 'Anmälarens e-post', 'Submitter’s e-mail'),
      admin: readOnly,
    },
    {
      name: 'message',
      type: 'textarea',
      label: t3('Viesti toimitukselle', 'Meddelande till redaktionen', 'Message to the editors'),
      admin: readOnly,
    },
    {
      name: 'organiser',
      type: 'text',
      label: t3('Järjestäjä (ilmoittajan sanoin)', 'Arrangör (enligt anmälaren)', 'Organiser (as submitted)'),
      admin: readOnly,
    },
    {
      name: 'placeName',
      type: 'text',
      label: t3('Paikka (ilmoittajan sanoin)', 'Plats (enligt anmälaren)', 'Place (as submitted)'),
      admin: readOnly,
    },
    { name: 'placeAddress', type: 'text', label: t3('Osoite', 'Adress', 'Address'), admin: readOnly },
    {
      name: 'municipality',
      type: 'relationship',
      relationTo: 'municipalities',
      label: t3('Kunta', 'Kommun', 'Municipality'),
      admin: readOnly,
    },
    // A keyed hash of the submitter's address, for the hourly limit (see src/lib/formToken.ts).
    { name: 'clientKey', type: 'text', index: true, admin: { hidden: true } },
  ],
}

/**
 * 0 for a submission awaiting moderation, 1 for every other event: the admin list sorts by it
 * first. It sits outside `submission` because sorting needs read access and everyone reads it;
 * it reveals nothing, as only pending submissions (drafts) have 0.
 */
export const moderationRankField: Field = {
  name: 'moderationRank',
  type: 'number',
  index: true,
  defaultValue: 1,
  admin: { hidden: true },
}

type Submission = { state?: 'pending' | 'approved' | 'rejected' | null } & Record<string, unknown>

/**
 * Publishing a submission approves it; once approved or rejected it never returns to pending,
 * and the personal data go. Runs before validation, so a publish that fails keeps everything.
 */
export const moderate: CollectionBeforeChangeHook<Event> = ({ data, originalDoc }) => {
  const before = (originalDoc?.submission as Submission | undefined)?.state
  let state = ((data.submission as Submission | undefined)?.state ?? before) || undefined
  if (state && data._status === 'published') state = 'approved'
  if (state === 'pending' && before && before !== 'pending') state = before
  if (state && state !== 'pending')
    data.submission = {
      ...data.submission,
      state,
      submitterName: null,
      submitterEmail: null,
      message: null,
      clientKey: null,
    }
  data.moderationRank = state === 'pending' ? 0 : 1
  return data
}

/**
 * When a submission leaves the queue its personal data are erased from the document and from
 * every stored version, in the same transaction. Payload's own save only writes the new state
 * (and, for a draft save, only a new version), so the rows it does not touch are cleared here.
 */
export const eraseAfterModeration: CollectionAfterChangeHook<Event> = async ({ doc, previousDoc, req }) => {
  if (previousDoc?.moderationRank !== 0 || doc.moderationRank === 0) return doc
  await executeSql(
    req,
    sql`UPDATE "events" SET "submission_submitter_name" = NULL, "submission_submitter_email" = NULL, "submission_message" = NULL, "submission_client_key" = NULL WHERE "id" = ${doc.id}`,
  )
  await executeSql(
    req,
    sql`UPDATE "_events_v" SET "version_submission_submitter_name" = NULL, "version_submission_submitter_email" = NULL, "version_submission_message" = NULL, "version_submission_client_key" = NULL WHERE "parent_id" = ${doc.id}`,
  )
  return doc
}
