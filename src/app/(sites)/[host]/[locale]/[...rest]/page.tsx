import { notFound } from 'next/navigation'

/** Any path no page claims: the site's own 404 page in the visitor's language. */
export default function UnknownPage() {
  notFound()
}
