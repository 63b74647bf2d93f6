import type { CollectionConfig, CollectionSlug, GlobalConfig } from 'payload'
import { PLACE_STATE_COLLECTION, RECONCILIATION_GLOBAL, STATE_COLLECTION, type ResolvedOptions } from './options'
import { tr } from './translations'

export const syncStates = ['queued', 'synced', 'failing', 'failed', 'removed', 'past'] as const
export type SyncState = (typeof syncStates)[number]

/**
 * One row per event: what the regional calendar holds of it and how the last attempts went. Kept
 * apart from the event so that sync bookkeeping never creates event versions or re-triggers the
 * event's hooks, and so that it outlives a deleted event until the remote copy is gone too.
 * Only the sync writes here (Local API with overrideAccess); people read.
 */
export const stateCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: STATE_COLLECTION,
  labels: { singular: tr('stateSingular'), plural: tr('statePlural') },
  admin: {
    useAsTitle: 'remoteId',
    defaultColumns: ['eventId', 'state', 'remoteId', 'syncedAt', 'attempts', 'nextAttemptAt'],
    group: tr('group'),
    description: tr('stateDescription'),
  },
  access: { read: options.access.readState, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'eventId',
      type: 'number',
      required: true,
      unique: true,
      index: true,
      label: tr('event'),
      admin: { components: { Cell: '/plugins/regional-calendar/components/SyncState#EventNameCell' } },
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: options.owners.slug as CollectionSlug,
      index: true,
      label: tr('owner'),
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      label: tr('state'),
      options: syncStates.map((value) => ({ value, label: tr(`state_${value}`) })),
    },
    { name: 'remoteId', type: 'text', index: true, label: tr('remoteId') },
    { name: 'remoteUrl', type: 'text', label: tr('remoteUrl') },
    {
      name: 'incarnation',
      type: 'number',
      defaultValue: 1,
      label: tr('incarnation'),
      admin: { description: tr('incarnationDescription') },
    },
    // Child ids of a recurring event and the remote's last-modified time of each, to delete
    // removed occurrences and to notice hand edits on the remote.
    { name: 'children', type: 'json', label: tr('children') },
    { name: 'remoteModified', type: 'text', label: tr('remoteModified') },
    { name: 'placeSynced', type: 'number', label: tr('placeSynced') },
    { name: 'endsAt', type: 'date', index: true, label: tr('endsAt') },
    { name: 'hash', type: 'text', admin: { hidden: true } },
    { name: 'syncedAt', type: 'date', label: tr('syncedAt'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'attempts', type: 'number', defaultValue: 0, label: tr('attempts') },
    {
      name: 'firstFailureAt',
      type: 'date',
      label: tr('firstFailureAt'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'nextAttemptAt',
      type: 'date',
      label: tr('nextAttemptAt'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'lastStatus', type: 'number', label: tr('lastStatus') },
    { name: 'lastError', type: 'textarea', label: tr('lastError') },
  ],
})

/**
 * What the sync last wrote of each place, so that a place is written only when it has changed
 * (events share places: re-sending it with every event was most of the writes). Written under a
 * per-place lock, so events sharing a new place do not race its first POST.
 */
export const placeStateCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: PLACE_STATE_COLLECTION,
  labels: { singular: tr('placeStateSingular'), plural: tr('placeStatePlural') },
  admin: { hidden: true },
  access: {
    read: ({ req }) => options.access.retry(req.user),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'placeId', type: 'number', required: true, unique: true, index: true, label: tr('placeSynced') },
    { name: 'remoteId', type: 'text', label: tr('remoteId') },
    { name: 'hash', type: 'text', admin: { hidden: true } },
    { name: 'syncedAt', type: 'date', label: tr('syncedAt') },
  ],
})

/** When the reconciliation last ran, who asked for it, and what it found to repair. Only the sync writes it. */
export const reconciliationGlobal = (options: ResolvedOptions): GlobalConfig => ({
  slug: RECONCILIATION_GLOBAL,
  label: tr('reconciliation'),
  admin: { hidden: true },
  access: { read: ({ req }) => options.access.retry(req.user), update: () => false },
  fields: [
    { name: 'requestedAt', type: 'date', label: tr('reconcileRequestedAt') },
    { name: 'requestedBy', type: 'text', label: tr('reconcileRequestedBy') },
    { name: 'startedAt', type: 'date', label: tr('reconcileStartedAt') },
    { name: 'finishedAt', type: 'date', label: tr('reconcileFinishedAt') },
    { name: 'report', type: 'json', label: tr('reconcileReport') },
    { name: 'error', type: 'textarea', label: tr('lastError') },
  ],
})
