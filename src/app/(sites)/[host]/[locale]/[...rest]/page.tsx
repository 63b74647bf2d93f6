import { notFound } from 'next/navigation'

/** Cached like every page: an unknown path's 404 depends on its path alone. */
export const generateStaticParams = (): { rest: string[] }[] => []

/** Any path no page claims: the site's own 404 page in the visitor's language. */
export default function UnknownPage() {
  notFound()
}
