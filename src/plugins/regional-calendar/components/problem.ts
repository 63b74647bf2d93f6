import { say, type MessageKey } from '../translations'

/** What a failing or refused state row tells about its last attempt. */
export type Attempt = {
  state: string
  lastStatus?: number | null
  nextAttemptAt?: string | null
}

const TIME_ZONE = 'Europe/Helsinki'
const intlLocale = (language: string) => (language === 'fi' ? 'fi-FI' : language === 'sv' ? 'sv-FI' : 'en-GB')
const helsinkiDay = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(date)

/** "14.32" (fi), "14.32" (sv-FI), "14:32" (en), in Helsinki time. */
export const clockTime = (date: Date, language: string) =>
  new Intl.DateTimeFormat(intlLocale(language), { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(
    date,
  )

/** "3.12.2026" and the like, in Helsinki time. */
const day = (date: Date, language: string) =>
  new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).format(date)

function causeKey(state: string, status: number | null | undefined): MessageKey {
  if (state === 'failed') return status && status >= 400 && status < 500 ? 'problemRefused' : 'problemGaveUp'
  if (!status) return 'problemUnreachable'
  if (status === 429) return 'problemRateLimited'
  if (status >= 500) return 'problemUnavailable'
  return 'problemOther'
}

/**
 * One or two short sentences an editor can act on, in the editor's language, for a failing or
 * refused sync: what the regional calendar did and when the next try is ("Alueellinen kalenteri
 * ei vastaa (503). Yritetään uudelleen klo 14.32."). The remote's own text (often an HTML error
 * page) is not part of it; admins see that separately.
 */
export function problemMessage(attempt: Attempt, language: string, now = new Date()): string | undefined {
  if (attempt.state !== 'failing' && attempt.state !== 'failed') return undefined
  const status = attempt.lastStatus ?? undefined
  const cause = say(language, causeKey(attempt.state, status), { status: status ?? '' })
  if (attempt.state === 'failed' || !attempt.nextAttemptAt) return cause
  const next = new Date(attempt.nextAttemptAt)
  const retry =
    next.getTime() <= now.getTime()
      ? say(language, 'problemRetrySoon')
      : helsinkiDay(next) === helsinkiDay(now)
        ? say(language, 'problemRetryAt', { time: clockTime(next, language) })
        : say(language, 'problemRetryOn', { date: day(next, language), time: clockTime(next, language) })
  return `${cause} ${retry}`
}
