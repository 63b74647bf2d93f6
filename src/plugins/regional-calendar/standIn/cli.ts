import path from 'node:path'
import { parseArgs } from 'node:util'
import { startStandIn } from './server'

/**
 * The regional calendar stand-in on its own, for working on the sync without `npm run dev`:
 * `npm run calendar:stand-in -- --port 8787 --api-key secret --state-file .data/regional-calendar.json`
 */
const usage = `Options (environment in brackets):
  --port <n>          default 8787 [REGIONAL_CALENDAR_STAND_IN_PORT]; 0 takes a free port
  --host <address>    default 127.0.0.1
  --data-source <id>  default kaustisenseutu [REGIONAL_CALENDAR_DATA_SOURCE]
  --api-key <key>     writes need the header "apikey: <key>" [REGIONAL_CALENDAR_API_KEY]; default: open
  --latency <ms>      added to every request
  --state-file <path> keeps events and places across restarts; default: in memory only`

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'data-source': { type: 'string' },
    'api-key': { type: 'string' },
    latency: { type: 'string' },
    'state-file': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
})
if (values.help) {
  console.log(usage)
  process.exit(0)
}

function whole(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const value = Number(text)
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`--${name} must be a whole number, not "${text}".\n${usage}`)
  return value
}

const standIn = await startStandIn({
  port: whole('port', values.port ?? process.env.REGIONAL_CALENDAR_STAND_IN_PORT ?? '8787'),
  host: values.host,
  dataSource: values['data-source'] ?? (process.env.REGIONAL_CALENDAR_DATA_SOURCE || 'kaustisenseutu'),
  apiKey: values['api-key'] ?? (process.env.REGIONAL_CALENDAR_API_KEY || undefined),
  latencyMs: whole('latency', values.latency),
  stateFile: values['state-file'] && path.resolve(values['state-file']),
})

console.log(`Regional calendar stand-in: ${standIn.url}/v1/event/`)
console.log(`  REGIONAL_CALENDAR_URL=${standIn.url}`)
console.log(`  faults and state: ${standIn.url}/__control/state (README: "The regional calendar stand-in")`)
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void standIn.stop().then(() => process.exit(0)))
