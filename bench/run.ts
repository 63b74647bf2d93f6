import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { startEmbeddedPostgres } from '../src/server/embeddedPostgres'
import { KEEP_ALIVE, PAYLOAD_CLI, runNode } from '../tests/helpers/testDatabase'
import { benchAdmin } from './admin'
import { seedEvents } from './seed'
import { percentile } from './stats'

/**
 * `npm run bench`: figures for the event calendar on this machine, printed, never asserted.
 * - p50/p95 of one calendar page (occurrences under the filters, then their events) with
 *   100,000 published events, one in a hundred a weekly series of 20, each with a topic and an
 *   audience;
 * - the front page's next three events;
 * - an iCalendar feed of 5,000 occurrences: its query, building it, and both in all;
 * - the Linked Events list (`/api/linked-events/v1/event/`) as its endpoint answers, under its filters;
 * - the admin's events list, over REST and in Chromium (bench/admin.ts).
 * It builds its own throwaway PostgreSQL from the migrations, like the tests.
 */
const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000)
const RUNS = 40
let releasePool: () => void = () => {}
const dir = await mkdtemp(path.join(os.tmpdir(), 'seutu-bench-'))
const database = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), database: 'seutu_bench' })
try {
  await runNode([...PAYLOAD_CLI, 'migrate'], { DATABASE_URL: database.url })
  await runNode([...KEEP_ALIVE, '--import', 'tsx', 'src/server/prepare.ts'], {
    DATABASE_URL: database.url,
    NODE_ENV: 'development',
  })

  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  const seeded = performance.now()
  await seedEvents(client, EVENTS)
  const count = (await client.query('SELECT count(*)::int AS n FROM events')).rows[0].n as number
  const unsynced = (
    await client.query(
      'SELECT id FROM events WHERE NOT EXISTS (SELECT 1 FROM event_occurrences o WHERE o.event_id = events.id) ORDER BY id',
    )
  ).rows.map((row) => row.id as number)
  console.log(`seeded ${count} events in ${((performance.now() - seeded) / 1000).toFixed(1)} s`)

  process.env.DATABASE_URL = database.url
  process.env.PAYLOAD_SECRET ??= 'bench'
  const { createLocalReq, getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { refreshOccurrences } = await import('../src/collections/Events/occurrences')
  const { calendarPage, feedPage, nextOccurrences } = await import('../src/app/(sites)/data/events')
  const payload = await getPayload({ config })
  // Stopping PostgreSQL under Payload's idle pool would crash the process (57P01): listen first.
  releasePool = () => void (payload.db as unknown as { pool: pg.Pool }).pool.on('error', () => undefined)

  // The occurrence rows, written as the events' hooks and the backfill migration write them.
  const synced = performance.now()
  const req = await createLocalReq({}, payload)
  for (let i = 0; i < unsynced.length; i += 1000) await refreshOccurrences(req, unsynced.slice(i, i + 1000))
  // Statistics and the visibility map, as autovacuum would have them on a live database.
  await client.query('VACUUM ANALYZE')
  const rows = (await client.query('SELECT count(*)::int AS n FROM event_occurrences')).rows[0].n as number
  await client.end()
  console.log(
    `wrote ${rows} occurrence rows for ${unsynced.length} events in ${((performance.now() - synced) / 1000).toFixed(1)} s`,
  )

  const site = (await payload.find({ collection: 'sites', where: { key: { equals: 'regional' } }, limit: 1 })).docs[0]
  // Wall-clock times, and the CPU time this process spent (PostgreSQL's is not in it): on a
  // machine others load, the second shows what the code itself costs.
  type Timings = { wall: number[]; cpu: number[] }
  const percentiles = ({ wall, cpu }: Timings) =>
    `p50 ${percentile(wall, 50)} ms, p95 ${percentile(wall, 95)} ms (Node CPU p50 ${percentile(cpu, 50)} ms)`
  const measure = async (runs: number, run: () => Promise<unknown>): Promise<Timings> => {
    const timings: Timings = { wall: [], cpu: [] }
    for (let i = 0; i < runs; i++) {
      const [started, cpu] = [performance.now(), process.cpuUsage()]
      await run()
      const used = process.cpuUsage(cpu)
      timings.wall.push(performance.now() - started)
      timings.cpu.push((used.user + used.system) / 1000)
    }
    return timings
  }

  // Other work on the machine moves every figure: print the load beside them.
  const load = () =>
    `load average ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(', ')} on ${os.cpus().length} cores`
  console.log(`before the runs: ${load()}`)
  const now = new Date()
  const { helsinkiWeekend } = await import('../src/lib/time')
  const weekend = helsinkiWeekend(new Date(now.getTime() + 14 * 86_400_000))
  const scenarios: [string, Parameters<typeof calendarPage>[3]][] = [
    ['upcoming, page 1', { when: 'upcoming', freeOnly: false, page: 1 }],
    [
      'a weekend in two weeks',
      {
        when: 'range',
        range: { from: weekend.from.toISOString(), to: weekend.to.toISOString() },
        freeOnly: false,
        page: 1,
      },
    ],
    ['municipality 236 + free', { when: 'upcoming', freeOnly: true, municipality: '236', page: 1 }],
    ['topic yso:p1808, page 5', { when: 'upcoming', freeOnly: false, topic: 'yso:p1808', page: 5 }],
    ['audience children', { when: 'upcoming', freeOnly: false, audience: 'children', page: 1 }],
    ['text "Tapahtuma 99"', { when: 'upcoming', freeOnly: false, text: 'Tapahtuma 99', page: 1 }],
    // A word in every event's text: every document is matched, which the text indexes cannot spare.
    ['text "kuvaus" (every event)', { when: 'upcoming', freeOnly: false, text: 'kuvaus', page: 1 }],
  ]
  for (const [label, filters] of scenarios) {
    let total = ''
    const times = await measure(RUNS, async () => {
      const page = await calendarPage(payload, site.id, 'fi', filters, now.toISOString())
      total = `${page.more ? 'over ' : ''}${page.total}`
    })
    console.log(
      `calendar page, ${label}: ${percentiles(times)} (${RUNS} runs, ${total} occurrences match, ${rows} rows)`,
    )
  }
  console.log(
    `front page, next three events: ${percentiles(await measure(RUNS, () => nextOccurrences(payload, site.id, 'fi', now.toISOString(), 3)))} (${RUNS} runs)`,
  )

  // A feed of the first 5,000 upcoming occurrences of the site: its events, then the iCalendar text.
  const { calendarResponse } = await import('../src/app/(sites)/data/calendarFeed')
  const publicSite = {
    ...site,
    name: { fi: site.name, sv: site.name, en: site.name },
    hostnames: ['kaustisenseutu.fi'],
  } as unknown as Parameters<typeof calendarResponse>[0]
  let events: Awaited<ReturnType<typeof feedPage>> = []
  const queries = await measure(
    5,
    async () =>
      (events = await feedPage(
        payload,
        site.id,
        'fi',
        { when: 'upcoming', freeOnly: false, page: 1 },
        now.toISOString(),
        5000,
      )),
  )
  const feedRequest = new Request('https://kaustisenseutu.fi/events.ics')
  let size = 0
  const build = async () =>
    (size = (
      await calendarResponse(publicSite, 'fi', 'https://kaustisenseutu.fi', events, 'events.ics', feedRequest).text()
    ).length)
  const builds = await measure(5, build)
  const series = events.filter((event) => event.recurrence.frequency !== 'none').length
  const feeds = await measure(5, async () => {
    events = await feedPage(
      payload,
      site.id,
      'fi',
      { when: 'upcoming', freeOnly: false, page: 1 },
      now.toISOString(),
      5000,
    )
    await build()
  })
  console.log(
    `iCalendar feed of 5000 occurrences (${events.length} VEVENTs, ${series} of them series): query ${percentiles(queries)}, building ${percentiles(builds)}, in all ${percentiles(feeds)} (5 runs each), ${(size / 1024 / 1024).toFixed(1)} MB`,
  )

  // The Linked Events list as its endpoint answers a request, body included.
  const endpoint = payload.config.endpoints.find(
    (candidate) => candidate.path === '/linked-events/v1/event' && candidate.method === 'get',
  )!
  const lists: [string, string][] = [
    ['first page', ''],
    ['start=now, page 5', '?start=now&page=5'],
    ['keyword yso:p1808', '?keyword=yso:p1808'],
    ['text "Tapahtuma 99"', '?text=Tapahtuma%2099'],
  ]
  for (const [label, query] of lists) {
    let count = 0
    const times = await measure(RUNS, async () => {
      const url = `http://localhost:3000/api/linked-events/v1/event/${query}`
      const listReq = await createLocalReq({ req: { url, headers: new Headers() } }, payload)
      count = ((await (await endpoint.handler(listReq)).json()) as { meta: { count: number } }).meta.count
    })
    console.log(`Linked Events list, ${label}: ${percentiles(times)} (${RUNS} runs, ${count} events match)`)
  }

  // The admin's events list on the production server, over the same database (it builds the
  // app: BENCH_ADMIN=false leaves it out when only the queries above are looked at).
  if (process.env.BENCH_ADMIN !== 'false') {
    console.log(`before the admin's list: ${load()}`)
    await benchAdmin(database.url)
  }
  console.log(`after the runs: ${load()}`)
} finally {
  releasePool()
  await database.stop().catch(() => undefined)
  await rm(dir, { recursive: true, force: true })
  process.exit(0)
}
