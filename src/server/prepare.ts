import { getPayload } from 'payload'
import config from '../../payload.config'
import { seedDemo } from '../seed/demo'

/**
 * Brings a database up to date (migrations) and, unless SEED_DEMO=false, loads the demo content.
 * Runs in its own process so that its connections are gone before the app starts.
 */
const payload = await getPayload({ config })
await payload.db.migrate()
if (process.env.SEED_DEMO !== 'false') await seedDemo(payload, (line) => payload.logger.info(line))
// A reconciliation right away rather than at the next full hour: events published while the sync
// was off, or a stand-in that lost its data, are brought in line as soon as the jobs run.
if (process.env.REGIONAL_CALENDAR_URL)
  await payload.jobs.queue({ task: 'regionalCalendarReconcile', input: {}, queue: 'regional-calendar' })
process.exit(0)
