import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { startEmbeddedPostgres } from '../src/server/embeddedPostgres'
import { runNode } from '../tests/helpers/testDatabase'

/**
 * `npm run bench`: figures for the event calendar on this machine, printed, never asserted.
 * - p50/p95 of the public calendar's filtered query with 100,000 published events;
 * - time to build an iCalendar feed of 5,000 events.
 * It builds its own throwaway PostgreSQL from the migrations, like the tests.
 */
const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000)
const RUNS = 40

let releasePool: () => void = () => {}
const dir = await mkdtemp(path.join(os.tmpdir(), 'seutu-bench-'))
const database = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), database: 'seutu_bench' })
try {
  await runNode(['node_modules/payload/bin.js', 'migrate'], { DATABASE_URL: database.url })
  await runNode(['--import', 'tsx', 'src/server/prepare.ts'], { DATABASE_URL: database.url, NODE_ENV: 'development' })

  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  const seeded = performance.now()
  // Published events over the coming year, spread over the demo places, topics and sites.
  await client.query(`
    INSERT INTO events (starts_at, ends_at, place_id, organiser_id, is_free, event_status, _status)
    SELECT now() + (g % 365) * interval '1 day' + (g % 12) * interval '1 hour',
           now() + (g % 365) * interval '1 day' + (g % 12 + 2) * interval '1 hour',
           (SELECT id FROM places ORDER BY id LIMIT 1 OFFSET g % 2), (SELECT min(id) FROM organisations),
           g % 3 = 0, 'scheduled', 'published'
    FROM generate_series(1, $1) AS g`, [EVENTS])
  await client.query(`INSERT INTO events_locales (name, short_description, _locale, _parent_id)
    SELECT 'Tapahtuma ' || id, 'Lyhyt kuvaus ' || id, 'fi', id FROM events WHERE NOT EXISTS (SELECT 1 FROM events_locales l WHERE l._parent_id = events.id)`)
  await client.query(`INSERT INTO events_rels ("order", parent_id, path, sites_id)
    SELECT 1, e.id, 'sites', s.id FROM events e CROSS JOIN LATERAL (SELECT id FROM sites ORDER BY id LIMIT 1 OFFSET e.id % 3) s
    WHERE NOT EXISTS (SELECT 1 FROM events_rels r WHERE r.parent_id = e.id)`)
  await client.query(`INSERT INTO events_rels ("order", parent_id, path, topics_id)
    SELECT 1, e.id, 'topics', t.id FROM events e CROSS JOIN LATERAL (SELECT id FROM topics ORDER BY id LIMIT 1 OFFSET e.id % 6) t
    WHERE NOT EXISTS (SELECT 1 FROM events_rels r WHERE r.parent_id = e.id AND r.path = 'topics')`)
  await client.query('ANALYZE')
  const count = (await client.query('SELECT count(*)::int AS n FROM events')).rows[0].n as number
  await client.end()
  console.log(`seeded ${count} events in ${((performance.now() - seeded) / 1000).toFixed(1)} s`)

  process.env.DATABASE_URL = database.url
  process.env.PAYLOAD_SECRET ??= 'bench'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { eventListWhere, PAGE_SIZE } = await import('../src/app/(sites)/data/events')
  const payload = await getPayload({ config })
  // Stopping PostgreSQL under Payload's idle pool would crash the process (57P01): listen first.
  releasePool = () => void (payload.db as unknown as { pool: pg.Pool }).pool.on('error', () => undefined)
  const site = (await payload.find({ collection: 'sites', where: { key: { equals: 'regional' } }, limit: 1 })).docs[0]!

  const scenarios: [string, Parameters<typeof eventListWhere>[1]][] = [
    ['upcoming, page 1', { when: 'upcoming', freeOnly: false, page: 1 }],
    ['municipality 236 + free', { when: 'upcoming', freeOnly: true, municipality: '236', page: 1 }],
    ['topic yso:p1808, page 5', { when: 'upcoming', freeOnly: false, topic: 'yso:p1808', page: 5 }],
    ['text "Tapahtuma 99"', { when: 'upcoming', freeOnly: false, text: 'Tapahtuma 99', page: 1 }],
  ]
  const now = new Date().toISOString()
  for (const [label, filters] of scenarios) {
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now()
      await payload.find({ collection: 'events', where: eventListWhere(site.id, filters, now), locale: 'fi', sort: 'startsAt', limit: PAGE_SIZE, page: filters.page, depth: 2, overrideAccess: false })
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    const pct = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!.toFixed(1)
    console.log(`calendar query, ${label}: p50 ${pct(50)} ms, p95 ${pct(95)} ms (${RUNS} runs, ${count} events)`)
  }

  const { buildCalendar } = await import('../src/lib/ical')
  const start = Date.now()
  const feed = Array.from({ length: 5000 }, (_, i) => ({
    id: i + 1,
    name: `Tapahtuma ${i + 1}`,
    description: 'Lyhyt kuvaus',
    url: `https://kaustisenseutu.fi/events/${i + 1}`,
    startsAt: new Date(start + i * 3_600_000),
    endsAt: new Date(start + i * 3_600_000 + 7_200_000),
    allDay: false,
    status: 'scheduled' as const,
    location: 'Kansantaiteenkeskus, Kaustinen',
    sequence: 0,
    updatedAt: new Date(start),
  }))
  const builds: number[] = []
  let size = 0
  for (let i = 0; i < 5; i++) {
    const started = performance.now()
    size = buildCalendar({ name: 'Tapahtumat', domain: 'kaustisenseutu.fi', events: feed }).length
    builds.push(performance.now() - started)
  }
  builds.sort((a, b) => a - b)
  console.log(`iCalendar feed of 5000 events: median ${builds[2]!.toFixed(0)} ms, ${(size / 1024 / 1024).toFixed(1)} MB`)
} finally {
  releasePool()
  await database.stop().catch(() => undefined)
  await rm(dir, { recursive: true, force: true })
  process.exit(0)
}
