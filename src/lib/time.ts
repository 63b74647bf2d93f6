import { TZDate } from '@date-fns/tz'
import { addDays, endOfDay, startOfDay } from 'date-fns'
import type { Locale } from './locales'

/** The region's time zone; events are entered and shown in it whatever the server's zone. */
export const TIME_ZONE = 'Europe/Helsinki'

export type Range = { from: Date; to: Date }

const inHelsinki = (date: Date) => new TZDate(date.getTime(), TIME_ZONE)

/** The calendar day in Helsinki that contains `now`, as UTC instants. */
export function helsinkiToday(now: Date): Range {
  const local = inHelsinki(now)
  return { from: new Date(startOfDay(local).getTime()), to: new Date(endOfDay(local).getTime()) }
}

/** Saturday 00:00 to Sunday 23:59 in Helsinki: this weekend, or the current one on a weekend. */
export function helsinkiWeekend(now: Date): Range {
  const local = inHelsinki(now)
  const day = local.getDay() // 0 Sunday … 6 Saturday
  const saturday = day === 0 ? addDays(local, -1) : addDays(local, 6 - day)
  return { from: new Date(startOfDay(saturday).getTime()), to: new Date(endOfDay(addDays(saturday, 1)).getTime()) }
}

/** The Helsinki day of an instant as `YYYY-MM-DD`. */
export const helsinkiDay = (instant: Date): string => inHelsinki(instant).toISOString().slice(0, 10)

/** A calendar day: `month` counts from 0 as in `Date`. */
export type Day = { year: number; month: number; day: number }

/** Noon of a day in Helsinki, or `undefined` if the day does not exist (30 February). */
function helsinkiNoon({ year, month, day }: Day): TZDate | undefined {
  const local = new TZDate(year, month, day, 12, 0, 0, TIME_ZONE)
  return local.getFullYear() === year && local.getMonth() === month && local.getDate() === day ? local : undefined
}

/** A `YYYY-MM-DD` date read as that day in Helsinki; `undefined` if it is no real date. */
export function helsinkiDate(value: string, edge: 'start' | 'end'): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return undefined
  const local = helsinkiNoon({ year: Number(match[1]), month: Number(match[2]) - 1, day: Number(match[3]) })
  if (!local) return undefined
  return new Date((edge === 'start' ? startOfDay(local) : endOfDay(local)).getTime())
}

/**
 * A day as a date input sends it (`2026-12-24`) or as a Finn types it where the browser has no
 * date picker (`24.12.2026`); `undefined` if it is neither or does not exist.
 */
export function parseDay(value: string): Day | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim())
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim())
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : finnish ? [finnish[3], finnish[2], finnish[1]] : []
  if (!year) return undefined
  const parsed = { year: Number(year), month: Number(month) - 1, day: Number(day) }
  return helsinkiNoon(parsed) ? parsed : undefined
}

/** A time of day as a time input sends it (`18:00`) or as typed in Finland (`18.00`, `9.30`). */
export function parseClock(value: string): { hour: number; minute: number } | undefined {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim())
  if (!match) return undefined
  const [hour, minute] = [Number(match[1]), Number(match[2])]
  return hour < 24 && minute < 60 ? { hour, minute } : undefined
}

/** The instant of a wall-clock time in Helsinki, whatever the server's zone and the season. */
export function helsinkiDateTime(day: Day, clock: { hour: number; minute: number }): Date {
  return new Date(new TZDate(day.year, day.month, day.day, clock.hour, clock.minute, 0, TIME_ZONE).getTime())
}

const intlLocale: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }

/** "ti 8.7.2026 klo 18.00" and the like, in Helsinki time, in the visitor's language. */
export function formatEventTime(start: Date, end: Date | undefined, allDay: boolean, locale: Locale): string {
  const date = new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  })
  const time = new Intl.DateTimeFormat(intlLocale[locale], { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' })
  const sameDay = end && date.format(start) === date.format(end)
  if (allDay) return end && !sameDay ? `${date.format(start)} – ${date.format(end)}` : date.format(start)
  if (!end) return `${date.format(start)} ${time.format(start)}`
  return sameDay
    ? `${date.format(start)} ${time.format(start)}–${time.format(end)}`
    : `${date.format(start)} ${time.format(start)} – ${date.format(end)} ${time.format(end)}`
}

/** A publishing date, "2.12.2026", in Helsinki time, in the visitor's language. */
export function formatDate(value: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).format(value)
}
