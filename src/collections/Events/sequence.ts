import type { CollectionBeforeChangeHook } from 'payload'
import type { Event } from '../../payload-types'

/** Changes that a calendar app must show its user: they raise the iCalendar SEQUENCE. */
const significant = ['name', 'startsAt', 'endsAt', 'allDay', 'place', 'onlineUrl', 'eventStatus'] as const

const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value)
const same = (a: unknown, b: unknown) => {
  const [x, y] = [idOf(a) ?? null, idOf(b) ?? null]
  if (typeof x === 'string' && typeof y === 'string' && !Number.isNaN(Date.parse(x)) && !Number.isNaN(Date.parse(y)))
    return Date.parse(x) === Date.parse(y)
  return x === y
}

/**
 * A series as a calendar app gets it: its RRULE (derived by `deriveRule` before this hook), EXDATEs
 * and RDATEs. Row ids and the order of the rows do not matter.
 */
function seriesOf(recurrence: Event['recurrence']): string {
  const times = (values: (string | undefined)[]) =>
    values
      .map((value) => Date.parse(value ?? ''))
      .filter(Number.isFinite)
      .sort((a, b) => a - b)
      .join(',')
  const removed = times((recurrence?.removed ?? []).map((row) => row?.date))
  const added = times((recurrence?.added ?? []).map((row) => row?.start))
  return `${recurrence?.rule ?? ''}|${removed}|${added}`
}

/** Computed here on every save, so a value sent by a client is never taken as it is. */
export const raiseSequence: CollectionBeforeChangeHook<Event> = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc) {
    data.icalSequence = 0
    return data
  }
  const changed =
    significant.some((field) => field in data && !same(data[field], originalDoc[field])) ||
    ('recurrence' in data && seriesOf(data.recurrence) !== seriesOf(originalDoc.recurrence))
  data.icalSequence = (originalDoc.icalSequence ?? 0) + (changed ? 1 : 0)
  return data
}
