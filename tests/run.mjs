// `npm test`: first the code checks (format, lint, types: seconds each, so a careless change fails
// fast), then Vitest twice, the projects without a browser first, then the browser project, so
// that one PostgreSQL, one `next build` and one server run at a time on a 2-core machine.
//
// Vitest 4 has been seen here to find no test files at all, every file in place, while a global
// setup was starting PostgreSQL: it runs nothing and exits 1 with "No test files found". That
// case alone, where not a single test ran, is tried once more; a failing test is never retried.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs')
const groups = [['unit', 'int', 'lifecycle'], ['e2e']]

function run(projects) {
  return new Promise((resolve) => {
    const args = [
      vitest,
      'run',
      '--config',
      'tests/vitest.config.ts',
      ...projects.flatMap((project) => ['--project', project]),
    ]
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['inherit', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
      process.stdout.write(chunk)
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
      process.stderr.write(chunk)
    })
    child.on('exit', (code, signal) =>
      resolve({ code: code ?? 1, foundNothing: /No test files found/.test(output), signal }),
    )
  })
}

for (const script of ['format:check', 'lint', 'typecheck']) {
  const code = await new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' })
    child.on('exit', (exitCode) => resolve(exitCode ?? 1))
  })
  if (code !== 0) {
    console.error(`\nnpm run ${script} failed: fix it (npm run format fixes formatting) before the tests run.\n`)
    process.exit(code)
  }
}

for (const projects of groups) {
  let result = await run(projects)
  if (result.code !== 0 && result.foundNothing) {
    console.error(`\nVitest found no test files for ${projects.join(', ')}; trying once more.\n`)
    result = await run(projects)
  }
  if (result.code !== 0) process.exit(result.code)
}
