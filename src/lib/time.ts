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

/** A `YYYY-MM-DD` date read as that day in Helsinki; `undefined` if it is no real date. */
export function helsinkiDate(value: string, edge: 'start' | 'end'): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])]
  const local = new TZDate(year, month, day, 12, 0, 0, TIME_ZONE)
  if (local.getFullYear() !== year || local.getMonth() !== month || local.getDate() !== day) return undefined
  return new Date((edge === 'start' ? startOfDay(local) : endOfDay(local)).getTime())
}

const intlLocale: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }

/** "ti 8.7.2026 klo 18.00" and the like, in Helsinki time, in the visitor's language. */
export function formatEventTime(start: Date, end: Date | undefined, allDay: boolean, locale: Locale): string {
  const date = new Intl.DateTimeFormat(intlLocale[locale], { timeZone: TIME_ZONE, weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric' })
  const time = new Intl.DateTimeFormat(intlLocale[locale], { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' })
  const sameDay = end && date.format(start) === date.format(end)
  if (allDay) return end && !sameDay ? `${date.format(start)} – ${date.format(end)}` : date.format(start)
  if (!end) return `${date.format(start)} ${time.format(start)}`
  return sameDay ? `${date.format(start)} ${time.format(start)}–${time.format(end)}` : `${date.format(start)} ${time.format(start)} – ${date.format(end)} ${time.format(end)}`
}
