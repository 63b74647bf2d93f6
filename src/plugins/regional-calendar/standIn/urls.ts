/** Addresses of the remote's objects, and references to them in `{"@id": url}` form. */

export type Kind = 'event' | 'place' | 'keyword'

/** A path segment as the client meant it; a malformed escape is taken literally rather than failing. */
export function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

export const objectUrl = (base: string, kind: Kind, id: string) => `${base}/v1/${kind}/${id}/`

/**
 * The id a reference such as `{"@id": "http://host/v1/place/kaustisenseutu:place-7/"}` points to.
 * The host is not compared: like Linked Events, only the path decides.
 */
export function referencedId(reference: unknown, kind: Kind): string | undefined {
  if (typeof reference !== 'object' || reference === null || !('@id' in reference)) return undefined
  const url = reference['@id']
  if (typeof url !== 'string') return undefined
  const match = new RegExp(`/v1/${kind}/([^/?#]+)/?$`).exec(url)
  return match ? decode(match[1]) : undefined
}

/** A stored reference re-pointed at the address the client used, as Linked Events renders its own URLs. */
export function rebase(reference: unknown, kind: Kind, base: string): unknown {
  const id = referencedId(reference, kind)
  return id === undefined ? reference : { '@id': objectUrl(base, kind, id) }
}
