/** An absolute http(s) address with a real host name: what we accept as a link anywhere. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
  } catch {
    return false
  }
}

/** How many web addresses a free text contains: spam floods are made of links. */
export function countLinks(text: string): number {
  return text.match(/\bhttps?:\/\/|\bwww\.[a-z0-9-]/gi)?.length ?? 0
}
