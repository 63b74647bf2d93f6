import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startEmbeddedPostgres } from '../../src/server/embeddedPostgres'

export const root = path.resolve(import.meta.dirname, '../..')

/** Node options for scripts that end with process.exit (Payload's CLI, ours): see src/server/keepAlive.mjs. */
export const KEEP_ALIVE = ['--import', path.join(root, 'src/server/keepAlive.mjs')]
/** Payload's CLI, kept alive until it exits by itself. */
export const PAYLOAD_CLI = [...KEEP_ALIVE, path.join(root, 'node_modules/payload/bin.js')]

/** A throwaway PostgreSQL built from the committed migrations, as production builds its own. */
export async function startTestDatabase(name: string) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `seutu-${name}-`))
  const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), database: `seutu_${name}` })
  const stop = async () => {
    await database.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
  await runNode([...PAYLOAD_CLI, 'migrate'], { DATABASE_URL: database.url }).catch(async (error) => {
    await stop()
    throw error
  })
  return { url: database.url, stop }
}

/**
 * The environment for the app's own processes: Vitest's additions (VITEST, TEST, MODE, DEV,
 * PROD, BASE_URL…) are removed, so the app runs as it does outside the tests.
 */
export function appEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(process.env))
    if (!/^(VITEST.*|TEST|MODE|DEV|PROD|SSR|BASE_URL|NODE_ENV|NODE_OPTIONS)$/.test(key)) env[key] = value
  return { ...env, NODE_ENV: 'development', PAYLOAD_SECRET: 'test-secret', ...extra }
}

/**
 * Runs a Node script of the project and fails loudly with its output if it fails. A child that
 * has printed nothing after `stallMs` is stuck before its first line: Node 20 and tsx's loader
 * worker deadlock now and then under load (see src/server/keepAlive.mjs). It is killed and started
 * once more; a child that fails after starting is never retried.
 */
export async function runNode(
  args: string[],
  env: Record<string, string>,
  timeoutMs = 300_000,
  stallMs = 60_000,
): Promise<string> {
  const first = await runOnce(args, env, timeoutMs, stallMs)
  if (first !== STALLED) return first
  // The second run is given its whole time-out before it counts as stalled.
  const second = await runOnce(args, env, timeoutMs, timeoutMs)
  if (second === STALLED) throw new Error(`node ${args.join(' ')} printed nothing in ${timeoutMs} ms`)
  return second
}

const STALLED = Symbol('stalled')

function runOnce(
  args: string[],
  env: Record<string, string>,
  timeoutMs: number,
  stallMs: number,
): Promise<string | typeof STALLED> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: appEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    let stalled = false
    const stall = setTimeout(() => {
      if (output) return
      stalled = true
      child.kill('SIGKILL')
    }, stallMs)
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      clearTimeout(stall)
      if (stalled) resolve(STALLED)
      else if (code === 0) resolve(output)
      else reject(new Error(`node ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`))
    })
  })
}
