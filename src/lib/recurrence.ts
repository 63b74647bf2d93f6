import { TZDate } from '@date-fns/tz'
import * as rruleModule from 'rrule'
import type { Options, Weekday } from 'rrule'
import { TIME_ZONE } from './time'

// rrule ships ES modules to bundlers but is CommonJS to Node, whose named-export detection
// misses RRule; take it from whichever shape arrived.
const { RRule } = 'RRule' in rruleModule ? rruleModule : (rruleModule as unknown as { default: typeof rruleModule }).default

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
    added: ((value.added as { start?: string }[] | null) ?? []).map((row) => row.start).filter((v): v is string => Boolean(v)),
    removed: ((value.removed as { date?: string }[] | null) ?? []).map((row) => row.date).filter((v): v is string => Boolean(v)),
  }
}

export type RecurrenceProblem = 'noEnd' | 'tooMany' | 'noWeekdays'

const byCode: Record<WeekdayCode, Weekday> = { MO: RRule.MO, TU: RRule.TU, WE: RRule.WE, TH: RRule.TH, FR: RRule.FR, SA: RRule.SA, SU: RRule.SU }
const frequencies = { daily: RRule.DAILY, weekly: RRule.WEEKLY, monthly: RRule.MONTHLY } as const

/**
 * rrule iterates without time zones here: the Helsinki wall-clock time is written into a UTC
 * date ("floating" time), expanded, and turned back into real instants, so 18.00 stays 18.00 on
 * both sides of a daylight-saving change.
 */
const toFloating = (instant: Date) => {
  const local = new TZDate(instant.getTime(), TIME_ZONE)
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes()))
}
const fromFloating = (floating: Date) =>
  new Date(new TZDate(floating.getUTCFullYear(), floating.getUTCMonth(), floating.getUTCDate(), floating.getUTCHours(), floating.getUTCMinutes(), 0, TIME_ZONE).getTime())

function ruleOptions(start: Date, recurrence: Recurrence): Partial<Options> | undefined {
  if (recurrence.frequency === 'none') return undefined
  const options: Partial<Options> = { freq: frequencies[recurrence.frequency], dtstart: toFloating(start) }
  if (recurrence.interval && recurrence.interval > 1) options.interval = recurrence.interval
  if (recurrence.frequency === 'weekly' && recurrence.weekdays?.length) options.byweekday = recurrence.weekdays.map((code) => byCode[code])
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

const dayKey = (instant: Date) => new TZDate(instant.getTime(), TIME_ZONE).toISOString().slice(0, 10)

/**
 * Every start of the series: the rule's, minus removed days, plus added times, sorted. Refuses
 * (rather than truncates) a series without an end or with more than MAX_OCCURRENCES.
 */
export function expand(start: Date, recurrence: Recurrence): { ok: true; starts: Date[] } | { ok: false; problem: RecurrenceProblem } {
  const options = ruleOptions(start, recurrence)
  const added = (recurrence.added ?? []).map((value) => new Date(value))
  if (!options) return { ok: true, starts: [start, ...added].sort((a, b) => a.getTime() - b.getTime()) }
  if (!options.count && !options.until) return { ok: false, problem: 'noEnd' }
  if (recurrence.frequency === 'weekly' && !recurrence.weekdays?.length) return { ok: false, problem: 'noWeekdays' }
  const starts: Date[] = []
  let tooMany = false
  new RRule(options).all((date, index) => {
    if (index >= MAX_OCCURRENCES) {
      tooMany = true
      return false
    }
    starts.push(fromFloating(date))
    return true
  })
  const removed = new Set((recurrence.removed ?? []).map((value) => dayKey(new Date(value))))
  const all = [...starts.filter((instant) => !removed.has(dayKey(instant))), ...added]
  if (tooMany || all.length > MAX_OCCURRENCES) return { ok: false, problem: 'tooMany' }
  return { ok: true, starts: all.sort((a, b) => a.getTime() - b.getTime()) }
}
