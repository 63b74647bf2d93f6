import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { createApi, detail, withUrls, type Reply } from './api'
import { control } from './control'
import { createFaults } from './faults'
import { defaultKeywordIds, keywordsFor } from './keywords'
import { createStore, type Collection } from './store'
import type { RequestRecord, StandIn, StandInOptions } from './types'
import { decode } from './urls'

export type { Fault, FaultMatch, RequestRecord, StandIn, StandInOptions, StoredEvent, StoredPlace } from './types'

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
}

function close(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  // Idle keep-alive connections would otherwise still be answered after the listener is gone.
  server.closeAllConnections()
  return closed
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function send(response: ServerResponse, { status, json, html, headers }: Reply) {
  const type = json !== undefined ? 'application/json' : html !== undefined ? 'text/html; charset=utf-8' : undefined
  // No keep-alive: a client that reused a pooled socket after 'down' would see a reset instead of a refusal.
  response.writeHead(status, { ...(type && { 'Content-Type': type }), Connection: 'close', ...headers })
  response.end(json !== undefined ? JSON.stringify(json) : html)
}

/** A failing remote answers with an HTML page from Django or the proxy in front of it, not JSON. */
function serverError(status: number): Reply {
  const title = `${status} ${STATUS_CODES[status]}`
  return { status, html: `<html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>` }
}

const throttled = (seconds: number): Reply => ({
  ...detail(429, `Request was throttled. Expected available in ${seconds} seconds.`),
  headers: { 'Retry-After': String(seconds) },
})

/**
 * A local regional calendar speaking the Linked Events v1 subset of shared/regional-calendar-api.md,
 * with faults on demand, for `npm run dev`, the sync's tests and the benchmark.
 */
export async function startStandIn(options: StandInOptions): Promise<StandIn> {
  const host = options.host ?? '127.0.0.1'
  const now = options.now ?? (() => new Date())
  const store = createStore({ stateFile: options.stateFile, now })
  const faults = createFaults()
  const log: RequestRecord[] = []
  const keywords = keywordsFor(options.keywords ?? defaultKeywordIds)
  const answer = createApi({ store, keywords, dataSource: options.dataSource, apiKey: options.apiKey, now })
  // Aborted by stop(), so a request held back by latency or a 'slow' fault does not outlive the stand-in.
  const lifetime = new AbortController()

  const server = createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      if (lifetime.signal.aborted) return void request.socket.destroy()
      console.error('Regional calendar stand-in:', error)
      if (response.headersSent) response.destroy()
      else send(response, detail(500, `Stand-in error: ${(error as Error).message}`))
    })
  })
  await listen(server, options.port ?? 0, host)
  const port = (server.address() as AddressInfo).port
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`

  let down = false
  let reopenTimer: NodeJS.Timeout | undefined
  let reopening: Promise<void> | undefined

  function goDown(ms?: number) {
    if (!down) {
      down = true
      void close(server)
    }
    clearTimeout(reopenTimer)
    if (ms)
      reopenTimer = setTimeout(
        () => void reopen().catch((error) => console.error('Regional calendar stand-in could not reopen:', error)),
        ms,
      )
  }

  function reopen(): Promise<void> {
    clearTimeout(reopenTimer)
    if (!down || lifetime.signal.aborted) return Promise.resolve()
    reopening ??= listen(server, port, host)
      .then(() => {
        down = false
      })
      .finally(() => {
        reopening = undefined
      })
    return reopening
  }

  function collectionOf(id: string): Collection {
    if (store.get('event', id)) return 'event'
    if (store.get('place', id)) return 'place'
    throw new Error(`The regional calendar stand-in has no event or place ${id}.`)
  }

  const standIn: StandIn = {
    url,
    async stop() {
      lifetime.abort()
      clearTimeout(reopenTimer)
      await reopening?.catch(() => undefined)
      if (!down) await close(server)
      down = true
    },
    fault(fault, match = {}) {
      if (fault.kind !== 'down') return faults.add(fault, match)
      // Refused connections never reach the stand-in, so they can be neither counted nor matched.
      if (Object.values(match).some((value) => value !== undefined))
        throw new Error("A 'down' fault refuses every connection until cleared: times, method and path do not apply.")
      goDown(fault.ms)
    },
    clearFaults() {
      faults.clear()
      return reopen()
    },
    events: () => store.all('event').map((event) => withUrls('event', event, url)),
    places: () => store.all('place').map((place) => withUrls('place', place, url)),
    requests: () => [...log],
    reset() {
      store.clear()
      log.length = 0
    },
    editByHand(id, patch) {
      store.update(collectionOf(id), id, patch)
    },
    deleteByHand(id) {
      store.softDelete(collectionOf(id), id)
    },
  }

  async function serve(request: IncomingMessage, response: ServerResponse) {
    const at = new Date().toISOString()
    const body = await readBody(request)
    const method = request.method ?? 'GET'
    // Links are built from the Host the client used, as Django REST framework does.
    const target = new URL(request.url ?? '/', request.headers.host ? `http://${request.headers.host}` : url)
    const pathname = decode(target.pathname)

    if (pathname.startsWith('/__control/')) {
      const context = { standIn, dataSource: options.dataSource, down: () => down, pendingFaults: faults.pending }
      const { reply, afterwards } = await control(context, method, pathname, body)
      if (afterwards) response.once('finish', afterwards)
      return send(response, reply)
    }

    if (options.latencyMs) await sleep(options.latencyMs, undefined, { signal: lifetime.signal })
    const fault = faults.take(method, pathname)
    if (fault?.kind === 'slow') await sleep(fault.ms, undefined, { signal: lifetime.signal })
    const reply =
      fault?.kind === 'status'
        ? serverError(fault.status)
        : fault?.kind === 'rateLimit'
          ? throttled(fault.retryAfterSeconds)
          : answer({ method, url: target, headers: request.headers, body })
    const lost = fault?.kind === 'loseResponse' || request.socket.destroyed
    log.push({ method, path: decode(target.pathname + target.search), status: lost ? 'lost' : reply.status, at })
    if (lost) return void request.socket.destroy()
    send(response, reply)
  }

  return standIn
}
