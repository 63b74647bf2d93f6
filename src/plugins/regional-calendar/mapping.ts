import { TZDate } from '@date-fns/tz'
import { TIME_ZONE } from '../../lib/time'
import type { Locale } from '../../lib/locales'

/**
 * Our event in the Linked Events v1 shape (shared/regional-calendar-api.md), pure: the same
 * mapping feeds the sync to the regional calendar and our own read-only Linked Events API.
 */

export type Localised = Partial<Record<Locale, string>>

export type MappableEvent = {
  id: number
  name: Localised
  shortDescription: Localised
  /** Description as HTML per language (already converted from rich text). */
  descriptionHtml: Localised
  startsAt: string
  endsAt?: string | null
  allDay: boolean
  status: 'scheduled' | 'cancelled' | 'postponed'
  placeId?: number | null
  /** The address of an online event; with no place, the event is on the internet only. */
  onlineUrl?: string | null
  keywords: string[]
  isFree: boolean
  price: Localised
  ticketUrl?: string | null
  registrationUrl?: string | null
  lastModified: string
  /** Every start of a recurring series (ISO), first included; absent or one entry for a single event. */
  occurrences?: string[]
}

export type MappingOptions = { baseUrl: string; dataSource: string; publisher: string }

export type LinkedEvent = {
  id: string
  '@id': string
  name: Localised
  short_description: Localised
  description: Localised
  start_time: string
  end_time: string | null
  location: { '@id': string } | null
  is_virtualevent: boolean
  virtualevent_url: string | null
  keywords: { '@id': string }[]
  offers: { is_free: boolean; price: Localised | null; info_url: Localised | null }[]
  external_links: { name: string; link: string; language: string }[]
  images: never[]
  event_status: 'EventScheduled' | 'EventCancelled' | 'EventPostponed'
  publication_status: 'public'
  publisher: string
  super_event: { '@id': string } | null
  super_event_type: 'recurring' | null
  last_modified_time: string
}

const statuses = { scheduled: 'EventScheduled', cancelled: 'EventCancelled', postponed: 'EventPostponed' } as const

export const remoteEventId = (id: number, { dataSource }: Pick<MappingOptions, 'dataSource'>) =>
  `${dataSource}:evt-${id}`
export const remotePlaceId = (id: number, { dataSource }: Pick<MappingOptions, 'dataSource'>) =>
  `${dataSource}:place-${id}`
/**
 * Which event of ours a remote id belongs to: `<ds>:evt-42`, `…evt-42r2` (a later incarnation),
 * `…evt-42-20261031` or `…evt-42r2-20261031-2` (occurrences). Undefined for ids we never make.
 */
export function parseRemoteEventId(
  id: string,
  { dataSource }: Pick<MappingOptions, 'dataSource'>,
): { eventId: number; incarnation: number; occurrence?: string } | undefined {
  if (!id.startsWith(`${dataSource}:evt-`)) return undefined
  const match = /^(\d+)(?:r(\d+))?(?:-(\d{8}(?:-\d+)?))?$/.exec(id.slice(dataSource.length + 5))
  if (!match) return undefined
  return { eventId: Number(match[1]), incarnation: match[2] ? Number(match[2]) : 1, occurrence: match[3] }
}

/** The remote's own shared place of events on the internet; clients never write it. */
export const INTERNET_PLACE = 'system:internet'

function locationOf(event: MappableEvent, options: MappingOptions): LinkedEvent['location'] {
  const place = event.placeId ? remotePlaceId(event.placeId, options) : event.onlineUrl ? INTERNET_PLACE : undefined
  return place ? { '@id': `${options.baseUrl}/v1/place/${place}/` } : null
}

/** An instant as Helsinki wall time with its offset, or the Helsinki date alone for all-day events. */
export function remoteTime(iso: string, allDay: boolean): string {
  const local = new TZDate(Date.parse(iso), TIME_ZONE).toISOString()
  return allDay ? local.slice(0, 10) : local.replace('.000', '')
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const clean = (value: Localised): Localised =>
  Object.fromEntries(Object.entries(value).filter(([, text]) => typeof text === 'string' && text.trim() !== ''))

export function toLinkedEvent(event: MappableEvent, options: MappingOptions): LinkedEvent {
  const name = clean(event.name)
  const short = clean(event.shortDescription)
  // The remote demands short_description and description in every language the name has:
  // a language without its own short description is left out; a missing description borrows
  // the short description.
  const languages = (Object.keys(name) as Locale[]).filter((language) => short[language])
  const pick = (source: Localised) =>
    Object.fromEntries(languages.map((language) => [language, source[language]])) as Localised
  const description = Object.fromEntries(
    languages.map((language) => [
      language,
      clean(event.descriptionHtml)[language] ?? `<p>${escapeHtml(short[language]!)}</p>`,
    ]),
  ) as Localised
  const id = remoteEventId(event.id, options)
  const price = clean(event.price)
  return {
    id,
    '@id': `${options.baseUrl}/v1/event/${id}/`,
    name: pick(name),
    short_description: pick(short),
    description,
    start_time: remoteTime(event.startsAt, event.allDay),
    end_time: event.endsAt ? remoteTime(event.endsAt, event.allDay) : null,
    location: locationOf(event, options),
    is_virtualevent: Boolean(event.onlineUrl),
    virtualevent_url: event.onlineUrl || null,
    keywords: event.keywords.map((keyword) => ({ '@id': `${options.baseUrl}/v1/keyword/${keyword}/` })),
    offers: [
      {
        is_free: event.isFree,
        price: event.isFree || Object.keys(price).length === 0 ? null : price,
        info_url: event.ticketUrl ? { fi: event.ticketUrl } : null,
      },
    ],
    external_links: event.registrationUrl
      ? [{ name: 'registration', link: event.registrationUrl, language: 'fi' }]
      : [],
    images: [],
    event_status: statuses[event.status],
    publication_status: 'public',
    publisher: options.publisher,
    super_event: null,
    super_event_type: null,
    last_modified_time: new Date(event.lastModified).toISOString(),
  }
}

/** A place as we keep it (all locales) → the mapping's input. */
export type MappablePlace = {
  id: number
  name: Localised
  streetAddress: Localised
  postcode?: string | null
  municipality?: Localised
  latitude?: number | null
  longitude?: number | null
}

export type LinkedPlace = {
  id: string
  name: Localised
  street_address: Localised
  postal_code: string | null
  address_locality: Localised
  position: { type: 'Point'; coordinates: [number, number] } | null
  publisher: string
}

export function toLinkedPlace(place: MappablePlace, options: MappingOptions): LinkedPlace {
  const hasPosition = typeof place.latitude === 'number' && typeof place.longitude === 'number'
  return {
    id: remotePlaceId(place.id, options),
    name: clean(place.name),
    street_address: clean(place.streetAddress),
    postal_code: place.postcode || null,
    address_locality: clean(place.municipality ?? {}),
    // GeoJSON order: longitude first.
    position: hasPosition ? { type: 'Point', coordinates: [place.longitude!, place.latitude!] } : null,
    publisher: options.publisher,
  }
}

/** What we want the remote to hold for one event: the event itself, or a parent and one child per occurrence. */
export type RemoteSeries = { parent: LinkedEvent; children: LinkedEvent[] }

const helsinkiDay = (instant: number) => new TZDate(instant, TIME_ZONE).toISOString().slice(0, 10).replace(/-/g, '')

/**
 * The remote knows no RRULE: a series becomes a parent spanning its occurrences and one child per
 * occurrence. A child's id is the parent's id and the occurrence's Helsinki date, so editing the
 * series (say, moving it from 18.00 to 19.00) updates children in place, and a removed date
 * deletes exactly its child. Occurrences that have already ended are left out: the remote refuses
 * to create or edit past events.
 */
export function toRemoteSeries(
  event: MappableEvent,
  options: MappingOptions & { remoteId?: string; now?: Date },
): RemoteSeries {
  const single = toLinkedEvent(event, options)
  const parent = options.remoteId
    ? { ...single, id: options.remoteId, '@id': `${options.baseUrl}/v1/event/${options.remoteId}/` }
    : single
  const starts = (event.occurrences ?? []).map((iso) => Date.parse(iso)).sort((a, b) => a - b)
  if (starts.length < 2) return { parent, children: [] }
  const duration = event.endsAt ? Date.parse(event.endsAt) - Date.parse(event.startsAt) : 0
  const now = (options.now ?? new Date()).getTime()
  const seen = new Map<string, number>()
  const children: LinkedEvent[] = []
  for (const start of starts) {
    const day = helsinkiDay(start)
    const count = (seen.get(day) ?? 0) + 1
    seen.set(day, count)
    const end = event.endsAt ? start + duration : null
    if ((end ?? start) < now) continue
    const id = `${parent.id}-${day}${count > 1 ? `-${count}` : ''}`
    children.push({
      ...parent,
      id,
      '@id': `${options.baseUrl}/v1/event/${id}/`,
      start_time: remoteTime(new Date(start).toISOString(), event.allDay),
      end_time: end === null ? null : remoteTime(new Date(end).toISOString(), event.allDay),
      super_event: { '@id': parent['@id'] },
    })
  }
  const last = starts[starts.length - 1]
  return {
    parent: {
      ...parent,
      super_event_type: 'recurring',
      start_time: remoteTime(new Date(starts[0]).toISOString(), event.allDay),
      end_time: remoteTime(new Date(last + duration).toISOString(), event.allDay),
    },
    children,
  }
}
