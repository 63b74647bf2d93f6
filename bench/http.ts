import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import os from 'node:os'
import { gzipSync } from 'node:zlib'
import path from 'node:path'
import { freePort } from '../src/server/embeddedPostgres'
import { appEnv, KEEP_ALIVE, root, runNode, startTestDatabase } from '../tests/helpers/testDatabase'
import { buildApp, rssMb, startApp, waitFor } from './server'

/**
 * `npm run bench:http`: the public pages of the production server (`next build` + `next start`,
 * demo content) under wrk at 50 connections, side by side with nginx serving the same bytes as
 * static files and with nginx's proxy_cache in front of the app honouring the app's own headers.
 * A control runs beside them: the smallest App Router site (bench/control, one prerendered page)
 * under its own `next start`, which shows what Next itself reaches on this machine.
 * Prints req/s, p99, errors, the ratios and next-server's memory; never asserts. Needs Debian's
 * `nginx` and `wrk` (`apt-get install -y nginx wrk`). `BENCH_HTTP_SECONDS` (default 10) per run;
 * `BENCH_HTTP_DIST` reuses a build folder that is already there.
 */
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10)
const CONNECTIONS = 50
/** The memory target is stated after 60 s at 50 connections. */
const MEMORY_SECONDS = Number(process.env.BENCH_HTTP_MEMORY_SECONDS ?? 60)
for (const tool of ['nginx', 'wrk'])
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
    throw new Error(`${tool} is missing: apt-get install -y nginx wrk`)

const dir = await mkdtemp(path.join(os.tmpdir(), 'seutu-bench-http-'))
// nginx's workers run as another user: they must be able to read the static copies.
await chmod(dir, 0o755)
const database = await startTestDatabase('bench_http')
let app: ChildProcess | undefined
let control: ChildProcess | undefined
let nginx: ChildProcess | undefined
try {
  await runNode([...KEEP_ALIVE, '--import', 'tsx', 'src/server/prepare.ts'], {
    DATABASE_URL: database.url,
    NODE_ENV: 'development',
  })
  const distDir = process.env.BENCH_HTTP_DIST ?? '.next-bench'
  const env = { DATABASE_URL: database.url, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' }
  await buildApp(env, Boolean(process.env.BENCH_HTTP_DIST))
  const server = await startApp(env, 'bench-http-server.log')
  app = server.app
  const appUrl = server.url

  const controlDir = path.join(root, 'bench/control')
  const controlEnv = { NEXT_DIST_DIR: '.next-bench', NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' }
  await runNode([path.join(root, 'node_modules/next/dist/bin/next'), 'build', controlDir], controlEnv, 300_000)
  const controlPort = await freePort()
  control = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/next/dist/bin/next'),
      'start',
      controlDir,
      '-H',
      '127.0.0.1',
      '--port',
      String(controlPort),
    ],
    { cwd: root, env: appEnv(controlEnv), stdio: 'ignore', detached: true },
  )
  const controlUrl = `http://127.0.0.1:${controlPort}`
  await waitFor(async () => (await fetch(controlUrl)).ok)
  const events = (await (await fetch(`${appUrl}/api/events?limit=1&depth=0`)).json()) as { docs: { id: number }[] }
  const pages = [
    { name: 'front page', origin: appUrl, path: '/' },
    { name: 'calendar', origin: appUrl, path: '/events' },
    { name: 'event page', origin: appUrl, path: `/events/${events.docs[0].id}` },
    { name: 'control: bare Next', origin: controlUrl, path: '/' },
  ]

  // The same bytes as static files.
  const staticRoot = path.join(dir, 'static')
  for (const [index, page] of pages.entries()) {
    await mkdir(path.join(staticRoot, String(index)), { recursive: true })
    await writeFile(
      path.join(staticRoot, String(index), 'index.html'),
      await (await fetch(page.origin + page.path)).text(),
    )
  }
  const staticPort = await freePort()
  const cachePort = await freePort()
  await mkdir(path.join(dir, 'logs'))
  await writeFile(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  proxy_cache_path ${dir}/cache keys_zone=pages:10m;
  server {
    listen 127.0.0.1:${staticPort};
    root ${staticRoot};
  }
  server {
    listen 127.0.0.1:${cachePort};
    location / {
      proxy_pass ${appUrl};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_cache pages;
      proxy_cache_revalidate on;
      proxy_cache_lock on;
      proxy_cache_use_stale updating error timeout;
      proxy_cache_background_update on;
      add_header X-Cache $upstream_cache_status;
    }
  }
}
`,
  )
  nginx = spawn('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' })
  await waitFor(async () => (await fetch(`http://127.0.0.1:${staticPort}/0/`)).ok)

  // Before the load, on a fresh connection each (Next 16 prints no route sizes).
  for (const page of pages)
    console.log(`JavaScript of the ${page.name}: ${await scriptKb(page.origin, page.path)} kB gzip`)
  const load = await readFile('/proc/loadavg', 'utf8')
  console.log(`wrk, ${CONNECTIONS} connections, ${SECONDS} s a run, nginx 1 worker; load before: ${load.trim()}`)
  console.log(`cpus: ${os.cpus().length}; the machine is shared, so figures move with other work`)
  console.log(
    '| page | static req/s | app req/s | app p99 | app errors | app/static | app/bare Next | cache req/s | cache p99 | cache/static |',
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  // The control first: the app's rows are also given as a share of what Next itself reaches.
  const [controlPage, ...appPages] = [pages[pages.length - 1], ...pages.slice(0, -1)]
  const controlRun = wrk(controlPage.origin + controlPage.path)
  for (const page of [controlPage, ...appPages]) {
    const still = wrk(`http://127.0.0.1:${staticPort}/${pages.indexOf(page)}/`)
    const direct = page === controlPage ? controlRun : wrk(page.origin + page.path)
    const cached = page === controlPage ? undefined : wrk(`http://127.0.0.1:${cachePort}${page.path}`)
    console.log(
      `| ${page.name} | ${still.rps.toFixed(0)} | ${direct.rps.toFixed(0)} | ${direct.p99} | ${direct.errors} | ` +
        `${(direct.rps / still.rps).toFixed(3)} | ${(direct.rps / controlRun.rps).toFixed(2)} | ` +
        (cached
          ? `${cached.rps.toFixed(0)} | ${cached.p99} | ${(cached.rps / still.rps).toFixed(3)} |`
          : '– | – | – |'),
    )
  }
  console.log(`app alive after the load: ${await statusOnNewConnection(appUrl + '/')}`)
  console.log(`next-server RSS after ${appPages.length * SECONDS * 2} s of load: ${rssMb(app.pid!)} MB`)
  const long = wrk(appUrl + '/events', MEMORY_SECONDS)
  console.log(
    `calendar for ${MEMORY_SECONDS} s more: ${long.rps.toFixed(0)} req/s, p99 ${long.p99}, ${long.errors} errors; ` +
      `next-server RSS then: ${rssMb(app.pid!)} MB`,
  )
  console.log(`load after: ${(await readFile('/proc/loadavg', 'utf8')).trim()}`)
} finally {
  nginx?.kill('SIGTERM')
  for (const server of [app, control]) if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM')
  await new Promise((resolve) => setTimeout(resolve, 1000))
  await database.stop()
  await rm(dir, { recursive: true, force: true })
}

/** One wrk run: requests a second, the 99th percentile and every kind of error it counts. */
function wrk(url: string, seconds = SECONDS) {
  const out = spawnSync('wrk', ['-t2', `-c${CONNECTIONS}`, `-d${seconds}s`, '--latency', url], {
    encoding: 'utf8',
  }).stdout
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0)
  const p99 = /99%\s+(\S+)/.exec(out)?.[1] ?? '?'
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0)
  const errors = non2xx + (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0)
  return { rps, p99, errors }
}

/**
 * The status of a GET on a connection of its own, or why there is none. `fetch` would send it on
 * a keep-alive socket left from before the load, which the server closed while wrk's runs held
 * this process (spawnSync): "fetch failed" then says nothing about the app.
 */
function statusOnNewConnection(url: string): Promise<string> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, headers: { Connection: 'close' } }, (response) => {
      response.resume()
      resolve(String(response.statusCode))
    })
    request.setTimeout(30_000, () => request.destroy(new Error('no answer in 30 s')))
    request.on('error', (error: NodeJS.ErrnoException) => resolve(`failed: ${error.code ?? error.message}`))
  })
}

/** The gzip-compressed size of every script a page loads (Next 16 prints no route sizes). */
async function scriptKb(origin: string, pagePath: string): Promise<string> {
  const html = await (await fetch(origin + pagePath)).text()
  const sources = new Set(
    [...html.matchAll(/<(?:script[^>]+src|link[^>]+as="script"[^>]+href)="([^"]+)"/g)].map((match) => match[1]),
  )
  let bytes = 0
  for (const source of sources)
    bytes += gzipSync(Buffer.from(await (await fetch(origin + source)).arrayBuffer())).length
  return (bytes / 1024).toFixed(1)
}
