// The demo's API backend: node:http and the real `pusher` server SDK.
//
//   GET  /api/chat/messages?channel=general   → {"messages":[...]}
//   POST /api/chat/send-message               → saves, triggers `new-message` on private-chat-CHANNEL
//   POST /api/chat/typing                     → triggers `typing` on private-chat-CHANNEL
//   GET  /api/health                          → {"ok":true}
//
// The sender's socket_id is excluded from both broadcasts (the sender shows
// its own message from the response), the pattern Pusher recommends.
import http from 'node:http'
import { pathToFileURL } from 'node:url'
import Pusher from 'pusher'
import { loadConfig } from './config.mjs'
import { MessageStore, validate } from './messages.mjs'

const MAX_BODY = 16 * 1024

export function createServer(config, { log = console } = {}) {
  const pusher = new Pusher(config.pusher)
  const store = new MessageStore()

  async function trigger(channel, event, data, socketId) {
    try {
      await pusher.trigger(`private-chat-${channel}`, event, data, socketId ? { socket_id: socketId } : undefined)
    } catch (err) {
      const where = config.pusher.host ? `${config.pusher.host}:${config.pusher.port ?? ''}` : `cluster ${config.pusher.cluster}`
      const detail = err.status ? `${err.status} ${String(err.body ?? '').trim()}` : err.message
      throw Object.assign(new Error(`triggering ${event} via Pusher at ${where}: ${detail}`), { status: 502 })
    }
  }

  async function handle(req, res) {
    const url = new URL(req.url, 'http://localhost')
    const route = `${req.method} ${url.pathname}`
    switch (route) {
      case 'GET /api/health':
        return send(res, 200, { ok: true })
      case 'GET /api/chat/messages': {
        const channel = url.searchParams.get('channel') ?? ''
        if (!store.has(channel)) return send(res, 400, { error: `unknown channel ${JSON.stringify(channel)}` })
        return send(res, 200, { messages: store.list(channel) })
      }
      case 'POST /api/chat/send-message': {
        const { id, channel, text, user, socketId } = validate(await readJSON(req), store, { needText: true })
        const { message, duplicate } = store.add(channel, text, user, id)
        if (duplicate) return send(res, 200, message) // a retry: already saved and broadcast
        await trigger(channel, 'new-message', message, socketId)
        return send(res, 201, message)
      }
      case 'POST /api/chat/typing': {
        const { channel, user, socketId } = validate(await readJSON(req), store, { needText: false })
        await trigger(channel, 'typing', { user }, socketId)
        res.writeHead(204).end()
        return
      }
    }
    if (['/api/health', '/api/chat/messages', '/api/chat/send-message', '/api/chat/typing'].includes(url.pathname)) {
      return send(res, 405, { error: `${req.method} is not allowed on ${url.pathname}` })
    }
    return send(res, 404, { error: `no route for ${req.method} ${url.pathname}` })
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      const status = err.status ?? 400
      if (status >= 500) log.error(`demo api: ${err.message}`)
      if (err.close) res.setHeader('Connection', 'close')
      if (!res.headersSent) send(res, status, { error: err.message })
      else res.destroy()
    })
  })
  // Keep idle connections open longer than a proxy keeps them (devproxy's
  // transport: 90 s), so the proxy never reuses one this side just closed.
  server.keepAliveTimeout = 120_000
  server.headersTimeout = 125_000
  return server
}

function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify(body))
}

function readJSON(req) {
  return new Promise((resolve, reject) => {
    const type = req.headers['content-type'] ?? ''
    if (!type.startsWith('application/json')) {
      req.resume()
      return reject(new Error(`Content-Type must be application/json; got ${JSON.stringify(type)}`))
    }
    let size = 0
    const chunks = []
    req.on('data', (c) => {
      size += c.length
      if (size > MAX_BODY) {
        // Answer now and let the rest drain; the connection closes after the 413.
        reject(Object.assign(new Error(`body is over ${MAX_BODY} bytes`), { status: 413, close: true }))
        req.removeAllListeners('data')
        req.resume()
        return
      }
      chunks.push(c)
    })
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')))
      } catch (err) {
        reject(new Error(`body is not valid JSON: ${err.message}`))
      }
    })
    req.on('error', reject)
  })
}

async function main() {
  let config
  try {
    config = loadConfig()
  } catch (err) {
    console.error(err.message)
    process.exit(1)
  }
  const server = createServer(config)
  server.on('error', (err) => {
    const fix = err.code === 'EADDRINUSE' ? ` (set DEMO_API_PORT to a free port and point --route /api at it)` : ''
    console.error(`demo api: cannot listen on ${config.host}:${config.port}: ${err.message}${fix}`)
    process.exit(1)
  })
  server.listen(config.port, config.host, () => {
    const { port } = server.address()
    const target = config.pusher.host ? `${config.pusher.host}:${config.pusher.port ?? '(default port)'}` : `cluster ${config.pusher.cluster}`
    console.log(`demo api listening on http://${config.host}:${port} (Pusher at ${target}, app ${config.pusher.appId})`)
  })
  const stop = () => {
    server.close()
    server.closeAllConnections()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
