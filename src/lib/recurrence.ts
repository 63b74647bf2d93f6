import { TZDate } from '@date-fns/tz'
import * as rruleModule from 'rrule'
import type { Options, Weekday } from 'rrule'
import { helsinkiDay, TIME_ZONE } from './time'

// rrule ships ES modules to bundlers but is CommonJS to Node, whose named-export detection
// misses RRule; take it from whichever shape arrived.
const { RRule } =
  'RRule' in rruleModule ? rruleModule : (rruleModule as unknown as { default: typeof rruleModule }).default

/** The most occurrences one series may have; the regional calendar gets one event per occurrence. */
export const MAX_OCCURRENCES = 500

export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
export type WeekdayCode = (typeof weekdays)[number]

/** The recurrence form an organisation member fills in, without knowing RRULE. */
export type Recurrence = {
  frequency: 'none' | 'daily' | 'weekly' | 'monthly'
  interval?: number | null
  weekdays?: WeekdayCode[] | null
  until?: string | null
  count?: number | null
  added?: string[]
  removed?: string[]
}

/** The stored form (the events collection's `recurrence` group) → a Recurrence. */
export function recurrenceOf(group: Record<string, unknown> | null | undefined): Recurrence {
  const value = group ?? {}
  return {
    frequency: (value.frequency as Recurrence['frequency']) ?? 'none',
    interval: value.interval as number | null,
    weekdays: value.weekdays as Recurrence['weekdays'],
    until: value.until as string | null,
    count: value.count as number | null,
    added: ((value.added as { start?: string }[] | null) ?? [])
      .map((row) => row.start)
      .filter((v): v is string => Boolean(v)),
    removed: ((value.removed as { date?: string }[] | null) ?? [])
      .map((row) => row.date)
      .filter((v): v is string => Boolean(v)),
  }
}

export type RecurrenceProblem = 'noEnd' | 'tooMany' | 'noWeekdays'

const byCode: Record<WeekdayCode, Weekday> = {
  MO: RRule.MO,
  TU: RRule.TU,
  WE: RRule.WE,
  TH: RRule.TH,
  FR: RRule.FR,
  SA: RRule.SA,
  SU: RRule.SU,
}
const frequencies = { daily: RRule.DAILY, weekly: RRule.WEEKLY, monthly: RRule.MONTHLY } as const

/**
 * rrule iterates without time zones here: the Helsinki wall-clock time is written into a UTC
 * date ("floating" time), expanded, and turned back into real instants, so 18.00 stays 18.00 on
 * both sides of a daylight-saving change.
 */
const toFloating = (instant: Date) => {
  const local = new TZDate(instant.getTime(), TIME_ZONE)
  return new Date(
    Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes()),
  )
}
const fromFloating = (floating: Date) =>
  new Date(
    new TZDate(
      floating.getUTCFullYear(),
      floating.getUTCMonth(),
      floating.getUTCDate(),
      floating.getUTCHours(),
      floating.getUTCMinutes(),
      0,
      TIME_ZONE,
    ).getTime(),
  )

function ruleOptions(start: Date, recurrence: Recurrence): Partial<Options> | undefined {
  if (recurrence.frequency === 'none') return undefined
  const options: Partial<Options> = { freq: frequencies[recurrence.frequency], dtstart: toFloating(start) }
  if (recurrence.interval && recurrence.interval > 1) options.interval = recurrence.interval
  if (recurrence.frequency === 'weekly' && recurrence.weekdays?.length)
    options.byweekday = recurrence.weekdays.map((code) => byCode[code])
  if (recurrence.count) options.count = recurrence.count
  else if (recurrence.until) {
    const end = toFloating(new Date(recurrence.until))
    options.until = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate(), 23, 59, 59))
  }
  return options
}

/** The RFC 5545 RRULE of a recurrence (without DTSTART), or undefined for a one-off event. */
export function toRRule(start: Date, recurrence: Recurrence): string | undefined {
  const options = ruleOptions(start, recurrence)
  if (!options) return undefined
  return RRule.optionsToString({ ...options, dtstart: null }).replace(/^RRULE:/, '')
}

const byTime = (a: Date, b: Date) => a.getTime() - b.getTime()

/**
 * The rule's starts and those of them on removed days are kept in floating time (see
 * toFloating): turning each back into an instant asks Intl for the offset, and an iCalendar
 * series needs only its first (a feed has many series).
 */
type Parts = { options?: Partial<Options>; ruleStarts: Date[]; removed: Date[]; added: Date[] }

/**
 * The series in parts: the rule's starts, those of them on removed days (both floating), and the
 * added times; a one-off event has no parts (expand makes it its own start): added and removed
 * dates only count while it repeats (the form hides them otherwise, so they may linger from an earlier setting).
 */
function parts(
  start: Date,
  recurrence: Recurrence,
): { ok: true; parts: Parts } | { ok: false; problem: RecurrenceProblem } {
  const options = ruleOptions(start, recurrence)
  if (!options) return { ok: true, parts: { ruleStarts: [], removed: [], added: [] } }
  if (!options.count && !options.until) return { ok: false, problem: 'noEnd' }
  if (recurrence.frequency === 'weekly' && !recurrence.weekdays?.length) return { ok: false, problem: 'noWeekdays' }
  const ruleStarts: Date[] = []
  let tooMany = false
  new RRule(options).all((date, index) => {
    if (index >= MAX_OCCURRENCES) {
      tooMany = true
      return false
    }
    ruleStarts.push(date)
    return true
  })
  const removedDays = new Set((recurrence.removed ?? []).map((value) => helsinkiDay(new Date(value))))
  // A floating start's UTC day is its Helsinki day (the clocks change at night, never across midnight).
  const removed =
    removedDays.size > 0 ? ruleStarts.filter((floating) => removedDays.has(floating.toISOString().slice(0, 10))) : []
  const added = (recurrence.added ?? []).map((value) => new Date(value)).sort(byTime)
  if (tooMany || ruleStarts.length - removed.length + added.length > MAX_OCCURRENCES)
    return { ok: false, problem: 'tooMany' }
  return { ok: true, parts: { options, ruleStarts, removed, added } }
}

/**
 * Every start of the series: the rule's, minus removed days, plus added times, sorted. Refuses
 * (rather than truncates) a series without an end or with more than MAX_OCCURRENCES.
 */
export function expand(
  start: Date,
  recurrence: Recurrence,
): { ok: true; starts: Date[] } | { ok: false; problem: RecurrenceProblem } {
  const result = parts(start, recurrence)
  if (!result.ok) return result
  const { options, ruleStarts, removed, added } = result.parts
  if (!options) return { ok: true, starts: [start] }
  const starts = ruleStarts.filter((floating) => !removed.includes(floating)).map(fromFloating)
  return { ok: true, starts: [...starts, ...added].sort(byTime) }
}

export type Occurrence = { start: Date; end?: Date }

/** `end` moved as many wall-clock days and hours as `to` is from `from`: 21.00 stays 21.00. */
const shiftLike = (end: Date, from: Date, to: Date) =>
  fromFloating(new Date(toFloating(end).getTime() + toFloating(to).getTime() - toFloating(from).getTime()))

/**
 * The occurrences of an event, each ending at the same wall-clock time as the first (an
 * 18.00–21.00 event is 18.00–21.00 on every date, also across daylight-saving changes). A
 * series that cannot be expanded, or expands to nothing, is the event's own date: events are
 * validated when published, so only a rule that ends before it begins gets here.
 */
export function occurrencesOf(start: Date, end: Date | undefined, recurrence: Recurrence): Occurrence[] {
  const series = expand(start, recurrence)
  const starts = series.ok && series.starts.length > 0 ? series.starts : [start]
  return starts.map((instant) => ({ start: instant, end: end && shiftLike(end, start, instant) }))
}

export type IcalSeries = { first: Occurrence; rule: string; excluded: Date[]; added: Date[] }

/**
 * A series as one iCalendar VEVENT: its first occurrence, an RRULE counted out (COUNT rather than
 * UNTIL, whose UTC day would not be the Helsinki day), EXDATE for removed days and RDATE for added
 * times. Undefined for a one-off event.
 */
export function icalSeries(start: Date, end: Date | undefined, recurrence: Recurrence): IcalSeries | undefined {
  const result = parts(start, recurrence)
  if (!result.ok || !result.parts.options) return undefined
  const { options, ruleStarts, removed, added } = result.parts
  const at = (instant: Date): Occurrence => ({ start: instant, end: end && shiftLike(end, start, instant) })
  // A rule that gives nothing before its end leaves the added times: the first, once, and the rest.
  if (ruleStarts.length === 0)
    return added.length > 0
      ? { first: at(added[0]), rule: 'FREQ=DAILY;COUNT=1', excluded: [], added: added.slice(1) }
      : undefined
  const rule = RRule.optionsToString({ ...options, dtstart: null, until: null, count: ruleStarts.length }).replace(
    /^RRULE:/,
    '',
  )
  return { first: at(fromFloating(ruleStarts[0])), rule, excluded: removed.map(fromFloating), added }
}
