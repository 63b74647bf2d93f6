import { hostnameOf } from './paths'

/** Public on every host: files that public pages embed, and the read-only API other calendars read. */
const PUBLIC_API_PREFIXES = ['/api/media/file/', '/api/linked-events/']

/**
 * Whether this host serves this path of the admin or the API. With ADMIN_HOST set only that host
 * does, so a public site has no login page or API of its own; without it every host does (as in
 * development). Paths outside /admin and /api are not the CMS's and always pass.
 */
export function servesCmsPath(pathname: string, hostHeader: string | null, adminHost: string | undefined): boolean {
  const wanted = adminHost?.trim().toLowerCase()
  if (!wanted || !/^\/(admin|api)(\/|$)/.test(pathname)) return true
  if (PUBLIC_API_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return true
  return hostnameOf(hostHeader) === wanted
}
