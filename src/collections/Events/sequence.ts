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

/** Computed here on every save, so a value sent by a client is never taken as it is. */
export const raiseSequence: CollectionBeforeChangeHook<Event> = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc) {
    data.icalSequence = 0
    return data
  }
  const changed = significant.some((field) => field in data && !same(data[field], originalDoc[field]))
  data.icalSequence = (originalDoc.icalSequence ?? 0) + (changed ? 1 : 0)
  return data
}
