import { spawn } from 'node:child_process'
import path from 'node:path'
import { startEmbeddedPostgres } from './embeddedPostgres'
import { payloadSecret } from './secret'

/**
 * Runs one command with a database: DATABASE_URL if set, else the development embedded
 * PostgreSQL. Used for `npm run migrate:create -- <name>`, which compares the schema with the
 * database's migrations.
 */
const [command, ...args] = process.argv.slice(2)
process.env.PAYLOAD_SECRET = payloadSecret()
const database = process.env.DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres({
      dataDir: path.resolve(process.env.DEV_DATA_DIR || '.data', 'postgres'),
      database: 'seutu',
      port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329),
    })
if (database) process.env.DATABASE_URL = database.url
const bin =
  command === 'payload'
    ? [
        '--import',
        path.join(process.cwd(), 'src/server/keepAlive.mjs'),
        path.join(process.cwd(), 'node_modules/payload/bin.js'),
      ]
    : [command]
const child = spawn(process.execPath, [...bin, ...args], { stdio: 'inherit', env: process.env })
const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)))
await database?.stop()
process.exit(code)
