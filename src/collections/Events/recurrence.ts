import type { CollectionBeforeChangeHook, Field, SelectFieldSingleValidation } from 'payload'
import { dayAndTime } from '../../fields/dateTime'
import { t3 } from '../../fields/labels'
import type { Event } from '../../payload-types'
import { message } from '../../fields/messages'
import { expand, MAX_OCCURRENCES, recurrenceOf, toRRule, weekdays } from '../../lib/recurrence'

const dayNames = {
  MO: t3('ma', 'mån', 'Mon'),
  TU: t3('ti', 'tis', 'Tue'),
  WE: t3('ke', 'ons', 'Wed'),
  TH: t3('to', 'tors', 'Thu'),
  FR: t3('pe', 'fre', 'Fri'),
  SA: t3('la', 'lör', 'Sat'),
  SU: t3('su', 'sön', 'Sun'),
}

const validateSeries: SelectFieldSingleValidation = (_value, { req, data, siblingData }) => {
  const startsAt = (data as { startsAt?: string }).startsAt
  if (!startsAt) return true
  const result = expand(new Date(startsAt), recurrenceOf(siblingData))
  if (result.ok) return true
  const key = ({ noEnd: 'recurrenceNoEnd', noWeekdays: 'recurrenceNoWeekdays', tooMany: 'recurrenceTooMany' } as const)[
    result.problem
  ]
  return message(req, key, { max: MAX_OCCURRENCES })
}

const repeating = (_: unknown, sibling: { frequency?: string } | undefined) =>
  Boolean(sibling?.frequency && sibling.frequency !== 'none')

/** "Toistuva tapahtuma": a form anyone can fill in; the RFC 5545 rule is derived from it. */
export const recurrenceField: Field = {
  name: 'recurrence',
  type: 'group',
  label: t3('Toistuvuus', 'Upprepning', 'Recurrence'),
  fields: [
    {
      name: 'frequency',
      type: 'select',
      label: t3('Toistuu', 'Upprepas', 'Repeats'),
      defaultValue: 'none',
      options: [
        { value: 'none', label: t3('Ei toistu', 'Upprepas inte', 'Does not repeat') },
        {
          value: 'daily',
          label: t3('Päivittäin tai joka N. päivä', 'Dagligen eller var N:e dag', 'Daily or every N days'),
        },
        { value: 'weekly', label: t3('Viikoittain', 'Varje vecka', 'Weekly') },
        { value: 'monthly', label: t3('Kuukausittain', 'Varje månad', 'Monthly') },
      ],
      validate: validateSeries,
    },
    {
      name: 'interval',
      type: 'number',
      min: 1,
      max: 365,
      defaultValue: 1,
      label: t3('Toistoväli (esim. 2 = joka toinen)', 'Intervall (t.ex. 2 = varannan)', 'Every (e.g. 2 = every other)'),
      admin: { condition: repeating },
    },
    {
      name: 'weekdays',
      type: 'select',
      hasMany: true,
      label: t3('Viikonpäivät', 'Veckodagar', 'Weekdays'),
      options: weekdays.map((value) => ({ value, label: dayNames[value] })),
      admin: { condition: (_, sibling) => sibling?.frequency === 'weekly' },
    },
    {
      name: 'until',
      type: 'date',
      label: t3('Viimeinen päivä', 'Sista dagen', 'Last date'),
      admin: { condition: repeating, date: { pickerAppearance: 'dayOnly', displayFormat: 'd.M.yyyy' } },
    },
    {
      name: 'count',
      type: 'number',
      min: 1,
      max: MAX_OCCURRENCES,
      label: t3('tai kertojen määrä', 'eller antal gånger', 'or number of times'),
      admin: { condition: repeating },
    },
    {
      name: 'added',
      type: 'array',
      label: t3('Lisäkerrat', 'Extra tillfällen', 'Added dates'),
      labels: {
        singular: t3('Lisäkerta', 'Extra tillfälle', 'Added date'),
        plural: t3('Lisäkerrat', 'Extra tillfällen', 'Added dates'),
      },
      admin: {
        condition: repeating,
        components: { RowLabel: '/collections/Events/RecurrenceRowLabel#RecurrenceRowLabel' },
      },
      fields: [
        {
          name: 'start',
          type: 'date',
          required: true,
          label: t3('Alkaa', 'Börjar', 'Starts'),
          admin: { date: dayAndTime },
        },
      ],
    },
    {
      name: 'removed',
      type: 'array',
      label: t3('Poistetut päivät', 'Strukna dagar', 'Removed dates'),
      labels: {
        singular: t3('Poistettu päivä', 'Struken dag', 'Removed date'),
        plural: t3('Poistetut päivät', 'Strukna dagar', 'Removed dates'),
      },
      admin: {
        condition: repeating,
        components: { RowLabel: '/collections/Events/RecurrenceRowLabel#RecurrenceRowLabel' },
      },
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          label: t3('Päivä', 'Dag', 'Date'),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd.M.yyyy' } },
        },
      ],
    },
    {
      name: 'rule',
      type: 'text',
      label: t3(
        'Toistosääntö (RRULE, RFC 5545)',
        'Upprepningsregel (RRULE, RFC 5545)',
        'Repeat rule (RRULE, RFC 5545)',
      ),
      admin: { readOnly: true, condition: repeating },
    },
  ],
}

/** Keeps the stored RRULE in step with the form, whatever a client sends. */
export const deriveRule: CollectionBeforeChangeHook<Event> = ({ data }) => {
  if (data.recurrence && data.startsAt) {
    data.recurrence.rule = toRRule(new Date(data.startsAt), recurrenceOf(data.recurrence)) ?? null
  }
  return data
}
