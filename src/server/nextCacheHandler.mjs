// Next's cache handler (`cacheHandler` in next.config.mjs): the full-route cache of the public
// pages and the data cache of `unstable_cache`. Next loads this file itself at run time, outside
// the bundler, so it is plain JavaScript.
//
// Entries live in this process's memory (a byte-bounded LRU): app instances are stateless and a
// miss only costs one render. What must be shared is *when a tag went stale*: that lives in
// PostgreSQL (`next_cache_tags`, see migrations/), written by the collections' hooks in the
// change's own transaction (src/collections/hooks/revalidate.ts), so a change made by a job
// worker — a separate process where Next's `revalidateTag` does not exist (payload#16392) —
// reaches every instance. Each instance reads the table at most once a second.
//
// Why it cannot serve a page older than a change it has seen: a tag counts as changed from the
// moment this instance *saw* its row change (after the commit, by its own clock), and an entry
// counts as made at the lookup that found it missing — taken after that lookup's read of the
// table, before the render that made it read anything. A render that might have read the data
// before the commit is therefore always older than the change and is dropped.
//
// What that costs: a page made in the second before this instance has read a change to one of its
// tags is made once more after the read, even when its render came after the commit (nothing
// here knows when the commit was). A test that needs a page cached for good waits REFRESH_MS
// after the change first.
import pg from 'pg'

export const REFRESH_MS = 1000
const MAX_BYTES = Number(process.env.NEXT_CACHE_MAX_MB || 64) * 1024 * 1024
const MAX_LOOKUPS = 50_000
const TAGS_HEADER = 'x-next-cache-tags'

/** Shared by every handler instance of the process (Next makes one per request). */
const state = {
  /** @type {Map<string, { value: unknown, lastModified: number, cacheControl: unknown, tags: string[], bytes: number }>} */
  entries: new Map(),
  bytes: 0,
  /** @type {Map<string, { at: number, rendering: boolean }>} each key's last lookup, and whether it found nothing */
  lookups: new Map(),
  /** @type {Map<string, string>} each tag's row as last read */
  rows: new Map(),
  /** @type {Map<string, number>} when this process saw each tag change */
  changedAt: new Map(),
  refreshedAt: 0,
  /** the last reading of `clock()` */
  lastTime: 0,
  /** @type {Promise<void> | undefined} */
  refreshing: undefined,
  /** @type {pg.Pool | undefined} */
  pool: undefined,
  warned: false,
}

/**
 * Milliseconds on Next's own clock (it ages entries by `performance`), never the same twice: a
 * lookup right after a read of the table often came in the same millisecond as the read, and
 * counted as made no later than the change the read had just seen.
 */
function clock() {
  state.lastTime = Math.max(performance.timeOrigin + performance.now(), state.lastTime + 0.001)
  return state.lastTime
}

function pool() {
  if (!process.env.DATABASE_URL) return undefined
  if (!state.pool) {
    state.pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2, idleTimeoutMillis: 30_000 })
    // An idle client losing its connection must not crash the server; the next read reconnects.
    state.pool.on('error', () => undefined)
  }
  return state.pool
}

function warn(error) {
  if (state.warned) return
  state.warned = true
  console.warn(
    `Cache: cannot read next_cache_tags (${error?.message ?? error}); pages may stay cached until they expire`,
  )
}

async function readTags() {
  const client = pool()
  if (!client) return
  try {
    const { rows } = await client.query('SELECT tag, revalidated_at::text AS at FROM next_cache_tags')
    const seen = clock()
    for (const row of rows) {
      if (state.rows.get(row.tag) === row.at) continue
      state.rows.set(row.tag, row.at)
      state.changedAt.set(row.tag, seen)
    }
    state.warned = false
  } catch (error) {
    warn(error)
  }
}

/** The tag table as of at most a second ago; concurrent lookups share one query. */
async function freshTags() {
  if (clock() - state.refreshedAt < REFRESH_MS) return
  state.refreshing ??= readTags().finally(() => {
    state.refreshedAt = clock()
    state.refreshing = undefined
  })
  await state.refreshing
}

function sizeOf(value) {
  if (value == null) return 0
  if (typeof value === 'string') return value.length * 2
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return value.byteLength
  if (value instanceof Map) return [...value.values()].reduce((sum, item) => sum + sizeOf(item), 0)
  if (Array.isArray(value)) return value.reduce((sum, item) => sum + sizeOf(item), 0)
  if (typeof value === 'object') return Object.values(value).reduce((sum, item) => sum + sizeOf(item), 64)
  return 8
}

function tagsOf(data, ctx) {
  const header = data?.headers?.[TAGS_HEADER]
  const fromHeader = typeof header === 'string' ? header.split(',') : []
  return [...new Set([...fromHeader, ...(data?.tags ?? []), ...(ctx?.tags ?? [])])]
}

function remove(key) {
  const entry = state.entries.get(key)
  if (!entry) return
  state.bytes -= entry.bytes
  state.entries.delete(key)
}

/**
 * Remembers when `key` was looked up, the time its next entry counts as made. Renders of one key
 * overlap (a page's metadata and its body ask for the same data at once; both miss, both store):
 * while one is under way, a later lookup that misses too keeps the first one's time, which is
 * before either of them read anything.
 */
function lookedUp(key, at, missed) {
  if (missed && state.lookups.get(key)?.rendering) return
  state.lookups.delete(key)
  state.lookups.set(key, { at, rendering: missed })
  // Keys looked up but never stored (a cache that is never filled) must not pile up.
  if (state.lookups.size > MAX_LOOKUPS) state.lookups.delete(state.lookups.keys().next().value)
}

export default class PostgresTaggedCacheHandler {
  constructor() {}

  async get(key, ctx) {
    // Before looking: the first read of the table must come before any entry is made.
    await freshTags()
    // After the read: the render this lookup starts is newer than every change the read saw.
    // Timed before it, the very lookup that first saw a change made a page that change dropped.
    const at = clock()
    const entry = state.entries.get(key)
    const tags = [...(entry?.tags ?? []), ...(ctx?.softTags ?? [])]
    if (!entry || tags.some((tag) => (state.changedAt.get(tag) ?? 0) >= entry.lastModified)) {
      remove(key)
      lookedUp(key, at, true)
      return null
    }
    // A hit too: Next renders a page anew in the background once its `revalidate` has passed.
    lookedUp(key, at, false)
    // Most recently used last, so the oldest is evicted first.
    state.entries.delete(key)
    state.entries.set(key, entry)
    // The page's own lifetime (`revalidate`), which Next otherwise takes as one second.
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl }
  }

  async set(key, data, ctx) {
    remove(key)
    const lookup = state.lookups.get(key)
    const lastModified = lookup?.at ?? clock()
    // Kept: a render that overlapped this one stores after it and counts from the same lookup.
    if (lookup) lookup.rendering = false
    if (data == null) return
    const bytes = sizeOf(data)
    if (bytes > MAX_BYTES / 4) return
    state.entries.set(key, {
      value: data,
      lastModified,
      cacheControl: ctx?.cacheControl,
      tags: tagsOf(data, ctx),
      bytes,
    })
    state.bytes += bytes
    for (const oldest of state.entries.keys()) {
      if (state.bytes <= MAX_BYTES) break
      remove(oldest)
    }
  }

  /** Next's own `revalidateTag` (in this process): recorded in the table like the hooks do. */
  async revalidateTag(tags) {
    const list = typeof tags === 'string' ? [tags] : tags
    if (list.length === 0) return
    const client = pool()
    const now = clock()
    for (const tag of list) state.changedAt.set(tag, now)
    if (!client) return
    try {
      await client.query(
        `INSERT INTO next_cache_tags (tag, revalidated_at) SELECT unnest($1::text[]), clock_timestamp()
         ON CONFLICT (tag) DO UPDATE SET revalidated_at = EXCLUDED.revalidated_at`,
        [list],
      )
    } catch (error) {
      warn(error)
    }
  }

  resetRequestCache() {}
}
