/**
 * HTTP client for the regional calendar (Linked Events v1, shared/regional-calendar-api.md).
 * Every failure becomes one of two errors, because the sync only needs to know whether trying
 * again can help.
 */

export type ClientOptions = { baseUrl: string; apiKey?: string; timeoutMs?: number }

/** The remote refused this version of the data (400, 403): retrying the same data cannot help. */
export class PermanentRemoteError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body?: unknown,
  ) {
    super(message)
    this.name = 'PermanentRemoteError'
  }
}

/** Down, slow, overloaded or rate-limited: worth trying again later. */
export class TransientRemoteError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message)
    this.name = 'TransientRemoteError'
  }
}

export type RemoteResource = 'event' | 'place'
export type RemoteObject = {
  id: string
  deleted?: boolean
  last_modified_time?: string
  super_event?: { '@id': string } | null
} & Record<string, unknown>
export type Page = { meta: { count: number; next: string | null }; data: RemoteObject[] }

/** A Linked Events error body → one readable line: `{"detail": …}` or field errors `{"name": ["…"]}`. */
export function remoteMessage(body: unknown, status: number): string {
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>
    if (typeof record.detail === 'string') return record.detail
    const fields = Object.entries(record).map(
      ([field, problem]) => `${field}: ${Array.isArray(problem) ? problem.join(' ') : JSON.stringify(problem)}`,
    )
    if (fields.length) return fields.join('; ')
  }
  if (typeof body === 'string' && body.trim()) return body.trim().slice(0, 500)
  return `HTTP ${status}`
}

const alreadyExists = (body: unknown) =>
  Boolean(
    body &&
    typeof body === 'object' &&
    JSON.stringify((body as Record<string, unknown>).id ?? '').includes('already exists'),
  )

/** `Retry-After` in seconds or as an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

export type RegionalCalendarClient = ReturnType<typeof createClient>

export function createClient({ baseUrl, apiKey, timeoutMs = 10_000 }: ClientOptions) {
  const root = baseUrl.replace(/\/+$/, '')
  const url = (path: string) => (path.startsWith('http') ? path : `${root}${path}`)

  async function send(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    let response: Response
    try {
      response = await fetch(url(path), {
        method,
        headers: {
          accept: 'application/json',
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...(apiKey && method !== 'GET' ? { apikey: apiKey } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code
      const reason =
        (error as Error).name === 'TimeoutError'
          ? `no answer in ${timeoutMs / 1000} s`
          : (cause ?? (error as Error).message)
      throw new TransientRemoteError(`${method} ${path}: ${reason}`)
    }
    let text: string
    try {
      text = await response.text()
    } catch (error) {
      throw new TransientRemoteError(
        `${method} ${path}: the answer was cut off (${(error as Error).message})`,
        response.status,
      )
    }
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // Not JSON: keep the text for the message.
    }
    if (response.status === 429 || response.status >= 500 || response.status === 401 || response.status === 408) {
      throw new TransientRemoteError(
        `${method} ${path}: ${remoteMessage(parsed, response.status)}`,
        response.status,
        retryAfterMs(response.headers.get('retry-after')),
      )
    }
    return { status: response.status, body: parsed }
  }

  const permanent = (status: number, body: unknown) =>
    new PermanentRemoteError(status, remoteMessage(body, status), body)
  const path = (resource: RemoteResource, id?: string) =>
    id ? `/v1/${resource}/${encodeURIComponent(id)}/` : `/v1/${resource}/`

  return {
    /** The object, `'gone'` when it was deleted (410), or undefined when it never existed. */
    async get(resource: RemoteResource, id: string): Promise<RemoteObject | 'gone' | undefined> {
      const { status, body } = await send('GET', path(resource, id))
      if (status === 404) return undefined
      if (status === 410) return 'gone'
      if (status !== 200) throw permanent(status, body)
      return body as RemoteObject
    },

    /**
     * Creates or replaces the object with our chosen id. `exists` says which to try first; the
     * other answer is handled either way: "already exists" turns a create into an update (a
     * retry after a lost response), and a 404 turns an update into a create. `'gone'` means the
     * id was deleted on the remote and can never be used again.
     */
    async upsert(resource: RemoteResource, object: { id: string }, exists: boolean): Promise<RemoteObject | 'gone'> {
      const put = async (): Promise<RemoteObject | 'gone' | undefined> => {
        const { status, body } = await send('PUT', path(resource, object.id), object)
        if (status === 200) return body as RemoteObject
        if (status === 404) return undefined
        if (status === 410) return 'gone'
        throw permanent(status, body)
      }
      const post = async (): Promise<RemoteObject | 'exists'> => {
        const { status, body } = await send('POST', path(resource), object)
        if (status === 201 || status === 200) return body as RemoteObject
        if (status === 400 && alreadyExists(body)) return 'exists'
        throw permanent(status, body)
      }
      if (exists) {
        const updated = await put()
        if (updated) return updated
      }
      const created = await post()
      if (created !== 'exists') return created
      const updated = await put()
      if (!updated) throw new TransientRemoteError(`${object.id}: the remote says it both exists and does not`)
      return updated
    },

    /**
     * Deletes; an object already gone or never created counts as deleted. `'kept'`: the remote
     * refuses to delete an event that has ended (403), which stays there as its history.
     */
    async remove(resource: RemoteResource, id: string): Promise<'deleted' | 'kept'> {
      const { status, body } = await send('DELETE', path(resource, id))
      if (status === 204 || status === 200 || status === 404 || status === 410) return 'deleted'
      if (status === 403 && resource === 'event') return 'kept'
      throw permanent(status, body)
    },

    /** Every event of a data source, deleted ones included, page by page. */
    async *events(dataSource: string): AsyncGenerator<RemoteObject> {
      let next: string | null =
        `/v1/event/?data_source=${encodeURIComponent(dataSource)}&show_deleted=true&page_size=100`
      while (next) {
        const { status, body } = await send('GET', next)
        if (status !== 200) throw permanent(status, body)
        const page = body as Page
        yield* page.data
        next = page.meta.next
      }
    },
  }
}
