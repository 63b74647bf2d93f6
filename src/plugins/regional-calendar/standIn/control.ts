import { detail, type Reply } from './api'
import { parseFaultRequest } from './faults'
import type { StandIn } from './types'

export type ControlContext = {
  standIn: StandIn
  dataSource: string
  down: () => boolean
  pendingFaults: () => unknown[]
}

/**
 * /__control/: the test API over HTTP, so a person can flip faults with curl while `npm run dev`
 * runs. `afterwards` runs once the answer is sent: going down cuts every connection, this one too.
 */
export async function control(
  { standIn, dataSource, down, pendingFaults }: ControlContext,
  method: string,
  pathname: string,
  body: string,
): Promise<{ reply: Reply; afterwards?: () => void }> {
  const route = `${method} ${pathname.replace(/\/$/, '')}`
  const state = () => ({ down: down(), faults: pendingFaults() })
  switch (route) {
    case 'GET /__control/state':
      return {
        reply: {
          status: 200,
          json: {
            url: standIn.url,
            dataSource,
            ...state(),
            events: standIn.events(),
            places: standIn.places(),
            requests: standIn.requests(),
          },
        },
      }
    case 'POST /__control/faults': {
      let input: unknown
      try {
        input = JSON.parse(body)
      } catch {
        return { reply: detail(400, 'The body must be JSON.') }
      }
      const parsed = parseFaultRequest(input)
      if ('error' in parsed) return { reply: detail(400, parsed.error) }
      const apply = () => standIn.fault(parsed.fault, parsed.match)
      if (parsed.fault.kind === 'down') {
        if (Object.values(parsed.match).some((value) => value !== undefined))
          return { reply: detail(400, '"down" takes no times, method or path.') }
        return { reply: { status: 202, json: { down: true, reopensInMs: parsed.fault.ms } }, afterwards: apply }
      }
      apply()
      return { reply: { status: 200, json: state() } }
    }
    case 'DELETE /__control/faults':
      await standIn.clearFaults()
      return { reply: { status: 204 } }
    case 'POST /__control/reset':
      standIn.reset()
      return { reply: { status: 204 } }
    default:
      return {
        reply: detail(
          404,
          'Control endpoints: GET /__control/state, POST|DELETE /__control/faults, POST /__control/reset.',
        ),
      }
  }
}
