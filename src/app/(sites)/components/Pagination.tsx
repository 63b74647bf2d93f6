/**
 * A list's previous/next links and "page N of M" (nothing for a single page). `pageLink` makes the
 * address of a page number with the list's own filters; `status` is the "page N of M" text in the
 * visitor's language.
 */
export function Pagination({
  page,
  pages,
  pageLink,
  status,
  labels,
}: {
  page: number
  pages: number
  pageLink: (page: number) => string
  status: string
  labels: { pagination: string; previous: string; next: string }
}) {
  if (pages <= 1) return null
  return (
    <nav aria-label={labels.pagination} className="pagination">
      {page > 1 ? (
        <a href={pageLink(page - 1)} rel="prev">
          {labels.previous}
        </a>
      ) : null}
      <span>{status}</span>
      {page < pages ? (
        <a href={pageLink(page + 1)} rel="next">
          {labels.next}
        </a>
      ) : null}
    </nav>
  )
}
