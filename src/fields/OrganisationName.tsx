'use client'
import { useLocale } from '@payloadcms/ui'

export type Names = Record<string, string>

/** The name in the content language the admin shows, as Payload's cell did, else in Finnish (the fallback). */
export function OrganisationName({ names, untitled }: { names: Names; untitled: string }) {
  const { code } = useLocale()
  return <span>{names[code] || names.fi || untitled}</span>
}
