import { execFileSync, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
// A copy of the project's configuration with one page, so Next's set-up runs without touching the clone.
const project = mkdtempSync(path.join(os.tmpdir(), 'seutu-build-folders-'))
afterAll(() => rmSync(project, { recursive: true, force: true }))

describe('build folders (NEXT_DIST_DIR)', () => {
  it('Next accepts tsconfig.json as it is, whatever the build folder: it does not rewrite it', () => {
    // next.config.mjs and the plain modules it loads (headers, cache handler, section segments).
    const plainModules = ['src/server', 'src/lib'].flatMap((folder) => {
      mkdirSync(path.join(project, folder), { recursive: true })
      return readdirSync(path.join(root, folder))
        .filter((file) => file.endsWith('.mjs'))
        .map((file) => `${folder}/${file}`)
    })
    for (const file of ['tsconfig.json', 'next.config.mjs', 'package.json', ...plainModules])
      copyFileSync(path.join(root, file), path.join(project, file))
    symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'))
    mkdirSync(path.join(project, 'src/app'), { recursive: true })
    writeFileSync(path.join(project, 'src/app/page.tsx'), 'export default function Page() {\n  return null\n}\n')

    // `next typegen` runs the same TypeScript set-up as `next build` and `next dev`, in a second.
    const typegen = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'typegen'], {
      cwd: project,
      env: { ...process.env, NEXT_DIST_DIR: '.next-elsewhere', NEXT_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(typegen.status, `${typegen.stdout}${typegen.stderr}`).toBe(0)
    expect(readFileSync(path.join(project, 'tsconfig.json'), 'utf8')).toBe(
      readFileSync(path.join(root, 'tsconfig.json'), 'utf8'),
    )
  })

  it('git ignores every build folder: .next, the browser tests’ .next-test and any other NEXT_DIST_DIR', () => {
    const folders = ['.next/', '.next-test/', '.next-elsewhere/']
    const ignored = execFileSync('git', ['check-ignore', ...folders], { cwd: root, encoding: 'utf8' })
    expect(ignored.trim().split('\n')).toEqual(folders)
  })
})
