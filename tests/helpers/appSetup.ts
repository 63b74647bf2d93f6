import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, mkdirSync } from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startStandIn } from '../../src/plugins/regional-calendar/standIn/server'
import { freePort } from '../../src/server/embeddedPostgres'
import { appEnv, KEEP_ALIVE, PAYLOAD_CLI, root, runNode, startTestDatabase } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    appPort: number
    appDatabaseUrl: string
    standInUrl: string
  }
}

/**
 * The app as production runs it: `next build`, then `next start`, on its own database built from
 * the migrations and loaded with the demo content. The build goes to .next-test so that a
 * developer's running `npm run dev` is not disturbed.
 */
export default async function setup(project: TestProject) {
  const database = await startTestDatabase('e2e')
  const standIn = await startStandIn({ dataSource: 'kaustisenseutu', apiKey: 'e2e-key' })
  let server: ChildProcess | undefined
  const stop = async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve))
      // `next start` runs the server in a child process: stop the whole group.
      process.kill(-server.pid!, 'SIGTERM')
      await exited
    }
    await standIn.stop()
    await database.stop()
  }
  try {
    const calendar = { REGIONAL_CALENDAR_URL: standIn.url, REGIONAL_CALENDAR_API_KEY: 'e2e-key' }
    await runNode([...KEEP_ALIVE, '--import', 'tsx', 'src/server/prepare.ts'], {
      DATABASE_URL: database.url,
      NODE_ENV: 'development',
      ...calendar,
    })
    // The demo's events reach the stand-in through a worker, as in production.
    const worker = await runNode([...PAYLOAD_CLI, 'jobs:run', '--queue', 'regional-calendar', '--limit', '50'], {
      DATABASE_URL: database.url,
      ...calendar,
    })
    if (!standIn.events().length)
      throw new Error(
        `The demo events did not reach the stand-in:\n${JSON.stringify(standIn.requests())}\n${worker.slice(-4000)}`,
      )
    // The admin and the API answer only on the CMS host, 127.0.0.1 here (tests/e2e/security.test.ts).
    const env = {
      DATABASE_URL: database.url,
      NEXT_DIST_DIR: '.next-test',
      NEXT_TELEMETRY_DISABLED: '1',
      ADMIN_HOST: '127.0.0.1',
      ...calendar,
    }
    await runNode(
      [path.join(root, 'node_modules/next/dist/bin/next'), 'build'],
      { ...env, NODE_ENV: 'production' },
      900_000,
    )

    mkdirSync(path.join(root, '.data'), { recursive: true })
    const port = await freePort()
    server = spawn(
      process.execPath,
      [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '--port', String(port)],
      {
        cwd: root,
        env: appEnv({ ...env, NODE_ENV: 'production' }),
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    )
    // The server's output goes to a file to read when a browser test fails.
    const logFile = createWriteStream(path.join(root, '.data', 'e2e-server.log'))
    let log = ''
    for (const stream of [server.stdout!, server.stderr!])
      stream.on('data', (chunk) => {
        log += chunk
        logFile.write(chunk)
      })
    const baseUrl = `http://127.0.0.1:${port}`
    // A public page first, as in production: whichever part of the server starts Payload first
    // must not change how the others answer (a page first once made REST lose its field messages).
    await waitFor(
      async () => (await fetch(`${baseUrl}/tapahtumat?q=start`)).ok,
      60_000,
      () => log,
    )

    project.provide('baseUrl', baseUrl)
    project.provide('appPort', port)
    project.provide('appDatabaseUrl', database.url)
    project.provide('standInUrl', standIn.url)
  } catch (error) {
    await stop()
    throw error
  }
  return stop
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, log: () => string) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The app did not start in ${timeoutMs} ms:\n${log().slice(-4000)}`)
}
