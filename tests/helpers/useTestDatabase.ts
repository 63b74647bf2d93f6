import { inject } from 'vitest'

// Before any test file imports payload.config.ts, which reads these at import time.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET = 'test-secret'
