import type { Field } from 'payload'
import { t3 } from './labels'

/** The sites a document is shown on (at least one): alert banners and redirects. */
export const sitesField: Field = {
  name: 'sites',
  type: 'relationship',
  relationTo: 'sites',
  hasMany: true,
  required: true,
  label: t3('Sivustot', 'Webbplatser', 'Sites'),
}
