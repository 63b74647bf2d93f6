import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { launchChromium } from '../tests/helpers/browser'
import { logIn } from '../tests/helpers/login'
import { buildApp, rssMb, startApp } from './server'
import { percentile } from './stats'

/**
 * The admin's events list at the benchmark's volume, on the production server (`next build` +
 * `next start`), printed, never asserted:
 * - the list's reads over REST as the admin makes them (drafts, depth 0, Finnish without
 *   fallback): page 1, page 500 and a name search, as an editor and as an organisation member;
 * - in Chromium, from `page.goto` until the table shows its rows, at 10 and 100 rows on page 1
 *   and page 500, and the database transactions one such page load costs;
 * - next-server's memory over 100 list loads.
 * `BENCH_ADMIN_DIST` reuses a build folder that is already there.
 */
const RUNS = 40
const BROWSER_RUNS = 10
const percentiles = (times: number[]) => `p50 ${percentile(times, 50)} ms, p95 ${percentile(times, 95)} ms`

export async function benchAdmin(databaseUrl: string) {
  const distDir = process.env.BENCH_ADMIN_DIST ?? '.next-bench'
  // The sync is on, so the list shows its column; nothing runs the jobs queue here.
  const env = {
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: '1',
    REGIONAL_CALENDAR_URL: 'http://127.0.0.1:9/',
  }
  await buildApp(env, Boolean(process.env.BENCH_ADMIN_DIST))
  const server = await startApp(env, 'bench-admin-server.log')
  const stats = new pg.Client({ connectionString: databaseUrl })
  await stats.connect()
  const browser = await launchChromium()
  try {
    const tokens = new Map<string, string>()
    for (const role of ['editor', 'organisationMember'] as const) {
      tokens.set(role, (await logIn(server.url, role)).token)
    }

    const list = '/api/events?draft=true&depth=0&locale=fi&fallback-locale=none&limit=10'
    const reads: [string, string][] = [
      ['page 1', `${list}&page=1`],
      ['page 500', `${list}&page=500`],
      ['search "Tapahtuma 9999"', `${list}&page=1&where[or][0][name][like]=${encodeURIComponent('Tapahtuma 9999')}`],
    ]
    for (const [role, token] of tokens)
      for (const [label, path] of reads) {
        const times: number[] = []
        let total = 0
        for (let i = 0; i < RUNS + 1; i++) {
          const started = performance.now()
          const body = (await (
            await fetch(server.url + path, { headers: { Authorization: `JWT ${token}` } })
          ).json()) as {
            totalDocs: number
          }
          // The first call warms the server's code paths.
          if (i > 0) times.push(performance.now() - started)
          total = body.totalDocs
        }
        console.log(`events list REST, ${role}, ${label}: ${percentiles(times)} (${RUNS} runs, ${total} events)`)
      }

    const context = await browser.newContext()
    await context.addCookies([{ name: 'payload-token', value: tokens.get('editor')!, url: server.url }])
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    const load = async (limit: number, listPage: number) => {
      const started = performance.now()
      await page.goto(`${server.url}/admin/collections/events?limit=${limit}&page=${listPage}`, { waitUntil: 'commit' })
      await page.waitForFunction(
        (rows) => document.querySelectorAll('table tbody tr').length >= rows,
        Math.min(limit, 10),
      )
      await page.locator('table tbody tr').last().waitFor({ state: 'visible' })
      return performance.now() - started
    }
    // Transactions as PostgreSQL counts them; a backend reports its counts when idle, within seconds.
    const transactions = async () => {
      await new Promise((resolve) => setTimeout(resolve, 11_000))
      await stats.query('SELECT pg_stat_clear_snapshot()')
      const { rows } = await stats.query(
        'SELECT (xact_commit + xact_rollback)::int AS n FROM pg_stat_database WHERE datname = current_database()',
      )
      return rows[0].n as number
    }
    for (const [limit, listPage] of [
      [10, 1],
      [10, 500],
      [100, 1],
      [100, 500],
    ]) {
      await load(limit, listPage)
      const times: number[] = []
      const before = await transactions()
      for (let i = 0; i < BROWSER_RUNS; i++) times.push(await load(limit, listPage))
      // The two statistics queries of this client are transactions too.
      const perLoad = (await transactions()) - before - 2
      console.log(
        `events list in Chromium (editor), ${limit} rows, page ${listPage}: ${percentiles(times)} until the rows show (${BROWSER_RUNS} loads), ${(perLoad / BROWSER_RUNS).toFixed(1)} transactions a load`,
      )
    }

    const rss = [rssMb(server.app.pid!)]
    for (let i = 1; i <= 100; i++) {
      await load(i % 2 ? 10 : 100, i % 4 < 2 ? 1 : 500)
      if (i % 25 === 0) rss.push(rssMb(server.app.pid!))
    }
    console.log(`next-server RSS over 100 list loads (every 25): ${rss.join(' → ')} MB`)
  } finally {
    await browser.close()
    await stats.end()
    server.stop()
  }
}
