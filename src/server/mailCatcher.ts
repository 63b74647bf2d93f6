import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** One caught message, as the viewer's JSON API returns it. */
export type CaughtMail = {
  id: number
  receivedAt: string
  from: string
  to: string[]
  subject: string
  text: string
  html: string | null
}

export type MailCatcher = {
  /** Host and port an SMTP client sends to (no TLS, no authentication). */
  smtp: { host: string; port: number }
  /** The viewer: `/` lists the messages, `/api/messages` gives them as JSON. */
  url: string
  messages: () => CaughtMail[]
  clear: () => void
  stop: () => Promise<void>
}

export type MailCatcherOptions = { smtpPort?: number; httpPort?: number; host?: string; keep?: number }

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const addresses = (value: unknown): string[] => {
  const list = Array.isArray(value) ? value : value ? [value] : []
  return list.flatMap((entry: { value?: { address?: string }[] }) =>
    (entry.value ?? []).map((a) => a.address ?? '').filter(Boolean),
  )
}

function page(messages: CaughtMail[]): string {
  const rows = messages
    .map(
      (m) =>
        `<tr><td>${escape(m.receivedAt)}</td><td>${escape(m.to.join(', '))}</td><td><a href="/messages/${m.id}">${escape(m.subject || '(no subject)')}</a></td></tr>`,
    )
    .join('')
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Caught mail</title>
<style>body{font:15px system-ui;margin:2rem}td,th{padding:.3rem .8rem;text-align:left;border-bottom:1px solid #ddd}pre{white-space:pre-wrap}</style>
<h1>Caught mail (${messages.length})</h1><p>Nothing here is sent anywhere. Newest first; JSON at <a href="/api/messages">/api/messages</a>.</p>
<table><tr><th>received</th><th>to</th><th>subject</th></tr>${rows}</table>`
}

function one(m: CaughtMail): string {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>${escape(m.subject)}</title>
<style>body{font:15px system-ui;margin:2rem}pre{white-space:pre-wrap}iframe{width:100%;height:60vh;border:1px solid #ccc}</style>
<p><a href="/">← all mail</a></p><h1>${escape(m.subject)}</h1>
<p>From ${escape(m.from)} to ${escape(m.to.join(', '))}, ${escape(m.receivedAt)}</p>
${m.html ? `<iframe sandbox title="HTML part" src="/messages/${m.id}/html"></iframe>` : ''}<h2>Text</h2><pre>${escape(m.text)}</pre>`
}

/**
 * A local SMTP server that keeps what it receives, with a small web viewer: `npm run dev` sends
 * the app's mail here, and tests read it through the JSON API (tests/helpers/mail.ts). Built on
 * `smtp-server` and `mailparser`, nodemailer's own receiving and parsing halves. Port 0 takes a
 * free port; only the last `keep` messages are kept, in memory.
 */
export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  const host = options.host ?? '127.0.0.1'
  const keep = options.keep ?? 500
  let messages: CaughtMail[] = []
  let nextId = 1

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    banner: 'Seutu CMS mail catcher: nothing is delivered',
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages = [
            {
              id: nextId++,
              receivedAt: new Date().toISOString(),
              from: parsed.from?.text ?? '',
              to: addresses(parsed.to),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : null,
            },
            ...messages,
          ].slice(0, keep)
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })

  const http: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://catcher')
    const send = (status: number, type: string, body: string, extra: Record<string, string> = {}) => {
      response.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, ...extra })
      response.end(body)
    }
    if (url.pathname === '/api/messages' && request.method === 'DELETE') {
      messages = []
      return send(204, 'text/plain', '')
    }
    if (url.pathname === '/api/messages') return send(200, 'application/json', JSON.stringify(messages))
    if (url.pathname === '/') return send(200, 'text/html', page(messages))
    const match = /^\/messages\/(\d+)(\/html)?$/.exec(url.pathname)
    const message = match && messages.find((m) => m.id === Number(match[1]))
    if (!message) return send(404, 'text/plain', 'No such message.')
    // The mail's own HTML runs in a sandbox without scripts, as a mail client would show it.
    if (match[2]) return send(200, 'text/html', message.html ?? '', { 'Content-Security-Policy': 'sandbox' })
    return send(200, 'text/html', one(message))
  })

  const listening = (server: NodeJS.EventEmitter, start: (done: () => void) => void) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      start(resolve)
    })
  await listening(smtp, (done) => smtp.listen(options.smtpPort ?? 0, host, done))
  try {
    await listening(http, (done) => http.listen(options.httpPort ?? 0, host, done))
  } catch (error) {
    await new Promise<void>((resolve) => smtp.close(() => resolve()))
    throw error
  }
  const smtpPort = (smtp.server.address() as AddressInfo).port
  const httpPort = (http.address() as AddressInfo).port
  return {
    smtp: { host, port: smtpPort },
    url: `http://${host}:${httpPort}`,
    messages: () => messages,
    clear: () => void (messages = []),
    stop: async () => {
      http.closeAllConnections()
      await Promise.all([
        new Promise<void>((resolve) => http.close(() => resolve())),
        new Promise<void>((resolve) => smtp.close(() => resolve())),
      ])
    },
  }
}
