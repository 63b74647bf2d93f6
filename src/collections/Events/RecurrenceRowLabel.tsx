'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'

const locales: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }

/**
 * An added or removed date's row is labelled with its date in Helsinki time ("ke 24.12.2026
 * klo 18.00"), so a long list reads at a glance; a row without a date yet gets its number.
 */
export function RecurrenceRowLabel() {
  const { data, rowNumber } = useRowLabel<{ start?: string | null; date?: string | null }>()
  const { i18n } = useTranslation()
  const value = data?.start ?? data?.date
  if (!value) return <span>{(rowNumber ?? 0) + 1}.</span>
  const format = new Intl.DateTimeFormat(locales[i18n.language] ?? 'fi-FI', {
    timeZone: 'Europe/Helsinki',
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    ...(data?.start ? { hour: '2-digit', minute: '2-digit' } : {}),
  })
  return <span>{format.format(new Date(value))}</span>
}
