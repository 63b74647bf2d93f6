import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startEmbeddedPostgres } from '../../src/server/embeddedPostgres'

export const root = path.resolve(import.meta.dirname, '../..')

/** A throwaway PostgreSQL built from the committed migrations, as production builds its own. */
export async function startTestDatabase(name: string) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `seutu-${name}-`))
  const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), database: `seutu_${name}` })
  await runNode(['node_modules/payload/bin.js', 'migrate'], { DATABASE_URL: database.url })
  return {
    url: database.url,
    stop: async () => {
      await database.stop()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/** Runs a Node script of the project and fails loudly with its output if it fails. */
export function runNode(args: string[], env: Record<string, string>, timeoutMs = 300_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, PAYLOAD_SECRET: 'test-secret', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (code === 0) resolve(output)
      else reject(new Error(`node ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`))
    })
  })
}
