import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import type pg from 'pg'
import { startStandIn } from '../src/plugins/regional-calendar/standIn/server'
import { startEmbeddedPostgres } from '../src/server/embeddedPostgres'
import { KEEP_ALIVE, PAYLOAD_CLI, runNode } from '../tests/helpers/testDatabase'

/**
 * `npm run bench` (second part): how long 1,000 published events take to reach the stand-in
 * regional calendar when every request to it takes 50 ms, run by the jobs queue as a worker runs
 * it (batches of JOBS_LIMIT jobs in parallel). Printed, never asserted.
 */
const EVENTS = Number(process.env.BENCH_SYNC_EVENTS ?? 1000)
const LATENCY_MS = Number(process.env.BENCH_SYNC_LATENCY_MS ?? 50)
const JOBS_LIMIT = Number(process.env.BENCH_SYNC_JOBS_LIMIT ?? 20)

const dir = await mkdtemp(path.join(os.tmpdir(), 'seutu-bench-sync-'))
const database = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), database: 'seutu_bench_sync' })
const standIn = await startStandIn({ dataSource: 'kaustisenseutu', apiKey: 'bench', latencyMs: LATENCY_MS })
let releasePool: () => void = () => {}
try {
  await runNode([...PAYLOAD_CLI, 'migrate'], { DATABASE_URL: database.url })
  await runNode([...KEEP_ALIVE, '--import', 'tsx', 'src/server/prepare.ts'], {
    DATABASE_URL: database.url,
    NODE_ENV: 'development',
  })
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'bench',
    REGIONAL_CALENDAR_URL: standIn.url,
    REGIONAL_CALENDAR_API_KEY: 'bench',
  })
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  releasePool = () => void (payload.db as unknown as { pool: pg.Pool }).pool.on('error', () => undefined)

  // The demo's own events are synced first, so the figure is for the 1,000 alone.
  const drain = async () => {
    while (!(await payload.jobs.run({ queue: 'regional-calendar', limit: JOBS_LIMIT, silent: true })).noJobsRemaining);
  }
  await drain()
  const [organisation] = (await payload.find({ collection: 'organisations', limit: 1 })).docs
  const places = (await payload.find({ collection: 'places', limit: 10 })).docs
  const [topic] = (await payload.find({ collection: 'topics', where: { ysoId: { equals: 'yso:p1808' } }, limit: 1 }))
    .docs
  const created = performance.now()
  for (let i = 0; i < EVENTS; i++) {
    const start = new Date(Date.now() + (1 + (i % 300)) * 86_400_000)
    await payload.create({
      collection: 'events',
      data: {
        name: `Penkkitapahtuma ${i}`,
        shortDescription: 'Synkronoinnin suorituskykytesti.',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 7_200_000).toISOString(),
        place: places[i % places.length].id,
        organiser: organisation.id,
        topics: [topic.id],
        isFree: true,
        startsAt_tz: 'Europe/Helsinki',
        endsAt_tz: 'Europe/Helsinki',
        eventStatus: 'scheduled',
        _status: 'published' as const,
      },
    })
  }
  console.log(`created and queued ${EVENTS} events in ${((performance.now() - created) / 1000).toFixed(1)} s`)

  const requestsBefore = standIn.requests().length
  const started = performance.now()
  await drain()
  const seconds = (performance.now() - started) / 1000
  const synced = await payload.count({ collection: 'regional-calendar-sync', where: { state: { equals: 'synced' } } })
  const remote = standIn
    .events()
    .filter((event) => String(event.name && (event.name as { fi?: string }).fi).startsWith('Penkkitapahtuma')).length
  console.log(`sync of ${EVENTS} events, ${LATENCY_MS} ms per request, ${JOBS_LIMIT} jobs at a time:`)
  console.log(
    `  ${seconds.toFixed(1)} s, ${(EVENTS / seconds).toFixed(1)} events/s, ${standIn.requests().length - requestsBefore} requests`,
  )
  console.log(`  synced states: ${synced.totalDocs}; bench events on the stand-in: ${remote}`)
} finally {
  releasePool()
  await standIn.stop()
  await database.stop()
  await rm(dir, { recursive: true, force: true })
}
process.exit(0)
