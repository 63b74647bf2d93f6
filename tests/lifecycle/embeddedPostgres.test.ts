import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { startEmbeddedPostgres } from '../../src/server/embeddedPostgres'

const dir = mkdtempSync(path.join(os.tmpdir(), 'seutu-pg-lifecycle-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function canQuery(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows } = await client.query('SELECT 1 AS ok')
  await client.end()
  return rows[0].ok === 1
}

describe('embedded PostgreSQL lifecycle', () => {
  it('starts again after a crash left the server running (an orphan) and after a stale postmaster.pid', async () => {
    const dataDir = path.join(dir, 'pg')
    const first = await startEmbeddedPostgres({ dataDir, database: 'crash' })
    expect(await canQuery(first.url)).toBe(true)

    // A crashed owner never calls stop(): the server is still running on the data folder.
    const second = await startEmbeddedPostgres({ dataDir, database: 'crash' })
    expect(await canQuery(second.url)).toBe(true)
    await second.stop()

    // A hard stop leaves postmaster.pid naming a process that no longer exists.
    writeFileSync(path.join(dataDir, 'postmaster.pid'), '999999\n')
    const third = await startEmbeddedPostgres({ dataDir, database: 'crash' })
    expect(await canQuery(third.url)).toBe(true)
    await third.stop()
  })
})
