// Unit tests of the demo backend: node --test testdata/demo/server/
// The Pusher REST API here is a fake of our own (it records what the real
// `pusher` SDK sends); the e2e test runs the backend against devproxy's mock.
import assert from 'node:assert/strict'
import http from 'node:http'
import { after, before, describe, test } from 'node:test'
import { loadConfig } from './config.mjs'
import { createServer } from './index.mjs'

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)))
}

// fakePusher records each REST call and answers with status.
function fakePusher() {
  const calls = []
  let status = 200
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      calls.push({ method: req.method, url: req.url, body: JSON.parse(body || 'null') })
      res.writeHead(status, { 'Content-Type': 'application/json' }).end(status === 200 ? '{}' : 'Invalid signature')
    })
  })
  return { server, calls, setStatus: (s) => (status = s) }
}

const silent = { error() {} }
let pusher, api, base

before(async () => {
  pusher = fakePusher()
  const pusherPort = await listen(pusher.server)
  const config = loadConfig({
    PUSHER_APP_ID: '42',
    PUSHER_APP_KEY: 'k',
    PUSHER_APP_SECRET: 's',
    PUSHER_HOST: '127.0.0.1',
    PUSHER_PORT: String(pusherPort),
  })
  api = createServer(config, { log: silent })
  base = `http://127.0.0.1:${await listen(api)}`
})

after(() => {
  api.close()
  api.closeAllConnections()
  pusher.server.close()
})

async function call(method, path, body, headers = { 'Content-Type': 'application/json' }) {
  const res = await fetch(base + path, { method, headers, body: typeof body === 'string' ? body : JSON.stringify(body) })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : null }
}

const ada = { id: '1', name: 'ada' }

describe('loadConfig', () => {
  test('names every missing variable and the fix', () => {
    assert.throws(() => loadConfig({}), (err) => {
      for (const name of ['PUSHER_APP_ID', 'PUSHER_APP_KEY', 'PUSHER_APP_SECRET', 'PUSHER_HOST']) {
        assert.match(err.message, new RegExp(name))
      }
      assert.match(err.message, /devproxy up --mock-pusher/)
      return true
    })
  })
  test('rejects a port that is not a number', () => {
    const env = { PUSHER_APP_ID: '1', PUSHER_APP_KEY: 'k', PUSHER_APP_SECRET: 's', PUSHER_HOST: 'h' }
    assert.throws(() => loadConfig({ ...env, DEMO_API_PORT: 'abc' }), /DEMO_API_PORT="abc" is not a port number/)
    assert.throws(() => loadConfig({ ...env, PUSHER_PORT: '99999' }), /PUSHER_PORT="99999" is not a port number/)
  })
  test('defaults to 127.0.0.1:3001', () => {
    const c = loadConfig({ PUSHER_APP_ID: '1', PUSHER_APP_KEY: 'k', PUSHER_APP_SECRET: 's', PUSHER_CLUSTER: 'eu' })
    assert.equal(c.host, '127.0.0.1')
    assert.equal(c.port, 3001)
    assert.equal(c.pusher.cluster, 'eu')
  })
})

describe('api', () => {
  test('send-message saves, triggers new-message on private-chat-CHANNEL and excludes the sender', async () => {
    pusher.calls.length = 0
    const sent = await call('POST', '/api/chat/send-message', { channel: 'general', text: ' hi ', user: ada, socket_id: '123.456' })
    assert.equal(sent.status, 201)
    assert.equal(sent.body.text, 'hi')
    assert.deepEqual(sent.body.user, ada)
    assert.equal(pusher.calls.length, 1)
    const { url, body } = pusher.calls[0]
    assert.match(url, /^\/apps\/42\/events\?/)
    assert.equal(body.name, 'new-message')
    assert.deepEqual(body.channels, ['private-chat-general'])
    assert.equal(body.socket_id, '123.456')
    assert.deepEqual(JSON.parse(body.data), sent.body)

    const list = await call('GET', '/api/chat/messages?channel=general')
    assert.equal(list.status, 200)
    assert.deepEqual(list.body.messages.at(-1), sent.body)
    const other = await call('GET', '/api/chat/messages?channel=random')
    assert.ok(!other.body.messages.some((m) => m.id === sent.body.id))
  })

  test('a retried send-message (same id) is saved and broadcast once', async () => {
    pusher.calls.length = 0
    const body = { id: 'c0ffee00-retry', channel: 'random', text: 'once', user: ada }
    const first = await call('POST', '/api/chat/send-message', body)
    const again = await call('POST', '/api/chat/send-message', body)
    assert.equal(first.status, 201)
    assert.equal(again.status, 200)
    assert.deepEqual(again.body, first.body)
    assert.equal(first.body.id, body.id)
    assert.equal(pusher.calls.length, 1)
    const list = await call('GET', '/api/chat/messages?channel=random')
    assert.equal(list.body.messages.filter((m) => m.id === body.id).length, 1)
  })

  test('typing triggers typing with the user', async () => {
    pusher.calls.length = 0
    const res = await call('POST', '/api/chat/typing', { channel: 'random', user: ada, socket_id: '1.2' })
    assert.equal(res.status, 204)
    assert.equal(pusher.calls[0].body.name, 'typing')
    assert.deepEqual(JSON.parse(pusher.calls[0].body.data), { user: ada })
  })

  const bad = [
    ['unknown channel', { channel: 'nope', text: 'x', user: ada }, 400, /channel must be one of general, random/],
    ['empty text', { channel: 'general', text: '  ', user: ada }, 400, /text must be a non-empty string/],
    ['text too long', { channel: 'general', text: 'x'.repeat(2001), user: ada }, 400, /at most 2000/],
    ['no user', { channel: 'general', text: 'x' }, 400, /user must be/],
    ['user id too long', { channel: 'general', text: 'x', user: { id: 'u'.repeat(129), name: 'ada' } }, 400, /user must be/],
    ['bad id', { id: 'x y', channel: 'general', text: 'x', user: ada }, 400, /id must be 8 to 64 letters/],
    ['bad socket id', { channel: 'general', text: 'x', user: ada, socket_id: 'abc' }, 400, /socket_id must look like 123\.456/],
    ['array body', [], 400, /body must be a JSON object/],
    ['not JSON', '{', 400, /body is not valid JSON/],
    ['too big', JSON.stringify({ text: 'x'.repeat(20000) }), 413, /body is over 16384 bytes/],
  ]
  for (const [name, body, status, message] of bad) {
    test(`send-message rejects ${name}`, async () => {
      const res = await call('POST', '/api/chat/send-message', body)
      assert.equal(res.status, status)
      assert.match(res.body.error, message)
    })
  }

  test('wrong content type, method and path', async () => {
    const form = await call('POST', '/api/chat/send-message', 'a=b', { 'Content-Type': 'application/x-www-form-urlencoded' })
    assert.equal(form.status, 400)
    assert.match(form.body.error, /Content-Type must be application\/json/)
    assert.equal((await call('GET', '/api/chat/send-message')).status, 405)
    assert.equal((await call('GET', '/api/nope')).status, 404)
    assert.equal((await call('GET', '/api/chat/messages?channel=x')).status, 400)
  })

  test('a failing Pusher gives 502 naming where it triggered', async () => {
    pusher.setStatus(401)
    try {
      const res = await call('POST', '/api/chat/send-message', { channel: 'general', text: 'x', user: ada })
      assert.equal(res.status, 502)
      assert.match(res.body.error, /triggering new-message via Pusher at 127\.0\.0\.1:\d+: 401 Invalid signature/)
    } finally {
      pusher.setStatus(200)
    }
  })
})
