'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'

/**
 * Under "Shown on sites": says before saving that an event with no site chosen will appear on
 * none of our sites once published (it still reaches the regional calendar and the API).
 */
export function NoSiteNotice() {
  const sites = useFormFields(([fields]) => fields.sites?.value)
  const { t } = useTranslation()
  if (Array.isArray(sites) && sites.length > 0) return null
  return (
    <p
      role="status"
      style={{
        border: '1px solid var(--theme-warning-500, #c80)',
        background: 'var(--theme-warning-50, #fff8e6)',
        padding: '0.5rem 0.75rem',
        borderRadius: 4,
        margin: '0 0 var(--base)',
      }}
    >
      {(t as (key: string) => string)('seutu:noSiteWarning')}
    </p>
  )
}
