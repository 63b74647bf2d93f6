import pg from 'pg'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import CacheHandler, { REFRESH_MS } from '../../src/server/nextCacheHandler.mjs'
import { unique } from '../helpers/payload'

const database = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
afterAll(() => database.end())

/** What a collection's hook writes in its change's transaction (src/collections/hooks/revalidate.ts). */
const change = (tag: string) =>
  database.query(
    `INSERT INTO next_cache_tags (tag, revalidated_at) VALUES ($1, clock_timestamp())
     ON CONFLICT (tag) DO UPDATE SET revalidated_at = EXCLUDED.revalidated_at`,
    [tag],
  )

/** A page as Next stores it: its tags in the `x-next-cache-tags` header. */
const page = (tag: string) => ({ kind: 'APP_PAGE', html: `<p>${tag}</p>`, headers: { 'x-next-cache-tags': tag } })

// The handler's clock (Next's, `performance`) held still but for `nextSecond`, so that no read
// of the table comes between the steps, whatever the machine's speed.
let now = performance.now()
beforeEach(() => {
  vi.spyOn(performance, 'now').mockImplementation(() => now)
})
afterEach(() => vi.restoreAllMocks())
/** Past the handler's refresh interval: its next lookup reads the tag table. */
const nextSecond = () => (now += REFRESH_MS + 1)

const cache = new CacheHandler()
/** What the cache serves for `key` now, or null. */
const served = async (key: string) => ((await cache.get(key, {})) as { value?: unknown } | null)?.value ?? null
/** The handler reads the tag table now, at a lookup of another key. */
async function readTable() {
  nextSecond()
  await served(unique('/other'))
}
/** What Next does on a miss: a lookup that finds nothing, then the page it rendered stored. */
async function render(key: string, tag: string) {
  expect(await served(key)).toBeNull()
  await cache.set(key, page(tag), {})
}

describe('the cache handler against next_cache_tags', () => {
  it('keeps a page made by the lookup that first read a change to its tags', async () => {
    const tag = unique('event')
    const key = `/page/${tag}`
    await change(tag)
    nextSecond()
    // This lookup reads the change; its render comes after the read.
    await render(key, tag)
    expect(await served(key)).toEqual(page(tag))
    nextSecond()
    expect(await served(key)).toEqual(page(tag))
  })

  it('drops a page made before a change to its tags was read, and keeps the one made after', async () => {
    const tag = unique('event')
    const key = `/page/${tag}`
    await readTable()
    // Within a second of the last read the change goes unseen: the page is served…
    await change(tag)
    await render(key, tag)
    expect(await served(key)).toEqual(page(tag))
    // …until the next read sees the change (nothing tells when its commit was): made once more.
    nextSecond()
    await render(key, tag)
    nextSecond()
    expect(await served(key)).toEqual(page(tag))
  })

  it('drops both of two overlapping renders of one key when a change is read while they run', async () => {
    const tag = unique('event')
    const key = `/data/${tag}`
    nextSecond()
    // A page's metadata and its body ask for the same data at once: both miss.
    expect(await served(key)).toBeNull()
    expect(await served(key)).toBeNull()
    // The data changes after both have read it, and this instance reads the change.
    await change(tag)
    await readTable()
    await cache.set(key, page(tag), {})
    await cache.set(key, page(tag), {})
    expect(await served(key)).toBeNull()
  })
})
