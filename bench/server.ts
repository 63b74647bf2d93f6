import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, openSync } from 'node:fs'
import path from 'node:path'
import { freePort } from '../src/server/embeddedPostgres'
import { appEnv, root, runNode } from '../tests/helpers/testDatabase'

/** `next build` into `distDir`, unless `reuse` says a build is already there. */
export async function buildApp(env: Record<string, string>, reuse: boolean) {
  if (reuse) return
  await runNode(
    [path.join(root, 'node_modules/next/dist/bin/next'), 'build'],
    { ...env, NODE_ENV: 'production' },
    900_000,
  )
}

/**
 * The production server (`next start`) in its own process group, its output in `.data/<log>`.
 * Bound to 127.0.0.1 on purpose: the host rewrite must not depend on the bind address.
 */
export async function startApp(env: Record<string, string>, log: string) {
  const port = await freePort()
  mkdirSync(path.join(root, '.data'), { recursive: true })
  const output = openSync(path.join(root, '.data', log), 'w')
  const app: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '--port', String(port)],
    { cwd: root, env: appEnv({ ...env, NODE_ENV: 'production' }), stdio: ['ignore', output, output], detached: true },
  )
  const url = `http://127.0.0.1:${port}`
  await waitFor(async () => (await fetch(`${url}/api/sites?limit=1`)).ok)
  return {
    url,
    app,
    stop: () => {
      if (app.pid && app.exitCode === null) process.kill(-app.pid, 'SIGTERM')
    },
  }
}

/** The resident memory of the server's process group (`next start` and its next-server child). */
export function rssMb(pid: number): number {
  const out = spawnSync('ps', ['-o', 'rss=', '-g', String(pid)], { encoding: 'utf8' }).stdout
  return Math.round(out.split('\n').reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) / 1024)
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`not ready in ${timeoutMs} ms`)
}
