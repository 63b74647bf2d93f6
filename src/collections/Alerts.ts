import type { CollectionConfig, Where } from 'payload'
import { hasRole } from '../access/roles'
import { isStaff } from '../access'
import { dayAndTime } from '../fields/dateTime'
import { t3 } from '../fields/labels'
import { message } from '../fields/messages'
import { requiredInFinnish } from '../fields/requiredInFinnish'
import { sitesField } from '../fields/sites'
import { revalidating } from './hooks/revalidate'

export const alertSeverities = {
  info: t3('Tiedote', 'Meddelande', 'Notice'),
  warning: t3('Varoitus', 'Varning', 'Warning'),
  danger: t3('Vakava vaara', 'Allvarlig fara', 'Serious danger'),
}

/**
 * An urgent notice (a storm, a water outage) shown at the top of every page of the chosen sites
 * from its start to its end. Visitors read a notice only once it has started, so one prepared
 * in advance stays unpublished until its time.
 */
export const Alerts: CollectionConfig = {
  slug: 'alerts',
  labels: {
    singular: t3('Häiriötiedote', 'Störningsmeddelande', 'Alert banner'),
    plural: t3('Häiriötiedotteet', 'Störningsmeddelanden', 'Alert banners'),
  },
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['text', 'severity', 'startsAt', 'endsAt', 'sites'],
    group: t3('Sisältö', 'Innehåll', 'Content'),
  },
  defaultSort: '-startsAt',
  access: {
    read: ({ req }): boolean | Where =>
      hasRole(req.user, 'admin', 'editor') || { startsAt: { less_than_equal: new Date().toISOString() } },
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  hooks: revalidating('alerts'),
  fields: [
    {
      name: 'text',
      type: 'textarea',
      label: t3('Teksti', 'Text', 'Text'),
      localized: true,
      maxLength: 300,
      validate: requiredInFinnish('alertTextRequired'),
    },
    {
      name: 'severity',
      type: 'select',
      label: t3('Vakavuus', 'Allvarlighetsgrad', 'Severity'),
      required: true,
      defaultValue: 'warning',
      options: Object.entries(alertSeverities).map(([value, label]) => ({ value, label })),
    },
    sitesField,
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          label: t3('Alkaa', 'Börjar', 'Starts'),
          required: true,
          index: true,
          defaultValue: () => new Date().toISOString(),
          admin: { date: dayAndTime },
        },
        {
          name: 'endsAt',
          type: 'date',
          label: t3('Päättyy', 'Upphör', 'Ends'),
          required: true,
          index: true,
          admin: { date: dayAndTime },
          validate: (
            value: Date | string | null | undefined,
            {
              siblingData,
              req,
            }: { siblingData: { startsAt?: Date | string | null }; req: Parameters<typeof message>[0] },
          ) => {
            if (!value) return message(req, 'alertEndRequired')
            const [start, end] = [new Date(siblingData?.startsAt ?? NaN).getTime(), new Date(value).getTime()]
            return Number.isFinite(start) && end <= start ? message(req, 'alertEndBeforeStart') : true
          },
        },
      ],
    },
  ],
}
