import pg from 'pg'
import { inject } from 'vitest'

// Before any test file imports payload.config.ts, which reads these at import time.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET = 'test-secret'
// The app's mail goes to the catcher that databaseSetup.ts started.
Object.assign(process.env, {
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(inject('smtpPort')),
  SMTP_FROM: 'cms@test.example',
})

// A database without the migrated tables would fail every test with "relation does not exist";
// say instead which server and database the tests reached, and when that server started.
const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
await client.connect()
try {
  const { rows } = await client.query(
    `SELECT current_database() AS database, inet_server_port() AS port, pg_postmaster_start_time() AS started,
       (SELECT count(*)::int FROM information_schema.tables WHERE table_schema = 'public') AS tables`,
  )
  if (!rows[0].tables)
    throw new Error(`The test database has no tables: ${JSON.stringify(rows[0])}, url ${process.env.DATABASE_URL}`)
} finally {
  await client.end()
}
