import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { payloadSecret } from '../../src/server/secret'

describe('PAYLOAD_SECRET', () => {
  const dirs: string[] = []
  const tempDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'seutu-secret-'))
    dirs.push(dir)
    return dir
  }
  afterEach(() => {
    vi.unstubAllEnvs()
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  it('uses the environment variable when it is set', () => {
    vi.stubEnv('PAYLOAD_SECRET', 'from-env')
    expect(payloadSecret(tempDir())).toBe('from-env')
  })

  it('refuses to start in production without it', () => {
    vi.stubEnv('PAYLOAD_SECRET', '')
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('NEXT_PHASE', '')
    expect(() => payloadSecret(tempDir())).toThrow(/PAYLOAD_SECRET is not set/)
  })

  it('creates one for development in a private file and reuses it', () => {
    vi.stubEnv('PAYLOAD_SECRET', '')
    vi.stubEnv('NODE_ENV', 'development')
    const dir = tempDir()
    const first = payloadSecret(dir)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(payloadSecret(dir)).toBe(first)
    const file = path.join(dir, '.payload-secret')
    expect(readFileSync(file, 'utf8').trim()).toBe(first)
    expect(statSync(file).mode & 0o077).toBe(0)
  })
})
