'use client'

import { useParams } from 'next/navigation'
import { defaultLocale, isLocale } from '@/lib/locales'
import { ErrorMessage } from '../../components/ErrorMessage'

/**
 * A page that failed after all: the site's own error page inside the site layout, in the language
 * of the address, instead of Next's English one. Next keeps the failure's details out of production.
 */
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale: raw } = useParams<{ locale: string }>()
  return <ErrorMessage locale={isLocale(raw) ? raw : defaultLocale} reset={reset} />
}
