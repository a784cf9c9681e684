// Drives the demo chat (testdata/demo) as two users in two headless Chromium
// profiles, through devproxy's port, and prints what it observed as one JSON
// object on stdout. e2e/demo_test.go makes the assertions; this script only
// waits (each wait bounded) and measures.
//
//   node testdata/node/demo/chat.mjs --url http://127.0.0.1:PORT/ \
//        --dir /tmp/copy-of-demo [--screenshot out.png]
//
// --dir is the demo copy the server runs from: the script edits
// src/components/header.ts there to prove the edit applies by HMR.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { launch } from '../lib/browser.mjs'

const WAIT_MS = 30_000 // a bound on each wait, not a performance expectation
const VIEWPORT = { width: 880, height: 560 }

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    dir: { type: 'string' },
    screenshot: { type: 'string' },
  },
})
if (!args.url || !args.dir) {
  console.error('usage: node chat.mjs --url URL --dir DEMO_DIR [--screenshot OUT.png]')
  process.exit(2)
}

const log = (...a) => console.error('[chat.mjs]', ...a)

// A conversation that doubles as the latency measurement: each line is sent
// by one user and timed until it is on the other user's screen.
const CONVERSATION = [
  [0, 'Morning! Is staging green again?'],
  [1, 'Yes, the 9:40 deploy went out and every check passed'],
  [0, 'Nice. Moving the Pusher secret out of VITE_ variables today'],
  [1, 'devproxy check flagged the one left in .env, by the way'],
  [0, 'And hot reload works through the one published port now'],
  [1, 'No more ws://localhost:24678 errors in the console!'],
]
const RANDOM_TEXT = 'Lunch at 12:30, anyone?'
const TYPING_TEXT = 'Shipping the demo screenshot'
const TOPIC_BEFORE = 'Company-wide announcements and chat'
const TOPIC_AFTER = 'Edited mid-conversation: hot-updated through devproxy'

async function openUser(label) {
  const browser = await launch()
  const page = browser.context.pages()[0] ?? (await browser.context.newPage())
  await page.setViewportSize(VIEWPORT)
  const user = { label, browser, page, console: [], errors: [], navigations: 0, websockets: [] }
  page.on('websocket', (ws) => user.websockets.push(ws.url()))
  page.on('console', (m) => user.console.push(`${m.type()}: ${m.text()}`))
  page.on('pageerror', (e) => user.errors.push(e.message))
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) user.navigations++
  })
  await page.goto(args.url)
  await page.evaluate(() => {
    window.__demoMarker = 'set before the edit'
  })
  return user
}

// waitIn waits for fn(arg) to be truthy in the page, with a message that
// says what was awaited and what the page logged.
async function waitIn(user, what, fn, arg) {
  try {
    await user.page.waitForFunction(fn, arg, { timeout: WAIT_MS, polling: 'raf' })
  } catch (err) {
    throw new Error(
      `${user.label}: waited ${WAIT_MS} ms for ${what}: ${err.message.split('\n')[0]}\n` +
        `  console:\n    ${user.console.slice(-20).join('\n    ')}\n  page errors: ${user.errors.join('; ') || 'none'}`,
    )
  }
}

const socketId = (u) => u.page.getAttribute('#header [data-socket-id]', 'data-socket-id')
const messageTexts = (u) => u.page.$$eval('#messages .text', (els) => els.map((e) => e.textContent))
const memberNames = (u) => u.page.$$eval('#members .member .name', (els) => els.map((e) => e.textContent))

// sendTimed sends text from one user and returns the milliseconds until it
// is on the other's screen (both clocks are this machine's wall clock).
async function sendTimed(from, to, text) {
  await to.page.evaluate((text) => {
    window.__arrived = new Promise((resolve) => {
      const list = document.querySelector('#messages')
      const count = () => [...list.querySelectorAll('.text')].filter((e) => e.textContent === text).length
      const before = count()
      const seen = () => count() > before
      const mo = new MutationObserver(() => {
        if (seen()) {
          mo.disconnect()
          resolve(Date.now())
        }
      })
      mo.observe(list, { childList: true, subtree: true, characterData: true })
    })
  }, text)
  await from.page.fill('#composer input', text)
  const sentAt = await from.page.evaluate(() => {
    const t = Date.now()
    document.querySelector('#composer').requestSubmit()
    return t
  })
  let timer
  const arrivedAt = await Promise.race([
    to.page.evaluate(() => window.__arrived),
    new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${to.label} never showed ${JSON.stringify(text)} sent by ${from.label}; console:\n    ${to.console.slice(-20).join('\n    ')}`)),
        WAIT_MS,
      )
    }),
  ]).finally(() => clearTimeout(timer))
  await waitIn(from, `its own message ${JSON.stringify(text)}`, (t) =>
    [...document.querySelectorAll('#messages .text')].some((e) => e.textContent === t), text)
  return arrivedAt - sentAt
}

async function screenshotPair(users, out) {
  const shots = []
  for (const u of users) shots.push((await u.page.screenshot()).toString('base64'))
  const page = await users[1].browser.context.newPage()
  const pad = 28
  await page.setViewportSize({ width: VIEWPORT.width * 2 + pad * 3, height: VIEWPORT.height + pad * 2 + 30 })
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
  const frame = (u, b64) => `
    <figure>
      <figcaption><b>${esc(u.label)}</b> · signed in as ${esc(u.name)}</figcaption>
      <img src="data:image/png;base64,${b64}">
    </figure>`
  await page.setContent(`<!doctype html><style>
      body { margin: 0; padding: ${pad}px; display: flex; gap: ${pad}px; font: 13px system-ui, sans-serif;
             background: linear-gradient(135deg, #ece9fb, #dfe9f7); color: #4a4660; }
      figure { margin: 0; }
      figcaption { height: 30px; }
      img { display: block; width: ${VIEWPORT.width}px; border-radius: 10px;
            box-shadow: 0 12px 32px rgb(40 30 90 / 0.18), 0 0 0 1px rgb(40 30 90 / 0.08); }
    </style>${users.map((u, i) => frame(u, shots[i])).join('')}`)
  await page.screenshot({ path: out })
  await page.close()
}

const result = {}
let users = []
try {
  users = [await openUser('Browser 1'), await openUser('Browser 2')]
  const [a, b] = users

  // Presence: both join presence-team and see each other.
  for (const u of users) {
    await waitIn(u, 'its own presence identity (#me-name)', () => document.querySelector('#me-name'))
    u.name = await u.page.textContent('#me-name')
  }
  for (const u of users) {
    await waitIn(u, 'two members online', () => document.querySelectorAll('#members .member').length === 2)
  }
  result.users = users.map((u) => u.name)
  result.membersSeen = await Promise.all(users.map(memberNames))
  log('users', result.users, 'members seen', result.membersSeen)

  // Typing indicator: Browser 1 types, Browser 2 sees it.
  const typingStart = Date.now()
  await a.page.locator('#composer input').pressSequentially('Hi', { delay: 40 })
  await waitIn(b, `"${a.name} is typing…"`, (n) => document.querySelector('#typing')?.textContent.includes(`${n} is typing`), a.name)
  result.typingShownMs = Date.now() - typingStart
  result.typingText = await b.page.textContent('#typing')
  await a.page.fill('#composer input', '')

  // Messages, timed each way.
  result.latenciesMs = []
  for (const [who, text] of CONVERSATION) {
    const ms = await sendTimed(users[who], users[1 - who], text)
    log(`${users[who].label} → ${users[1 - who].label}: ${ms} ms`)
    result.latenciesMs.push(ms)
  }

  // Another channel: Browser 2 posts in #random and comes back; Browser 1,
  // still in #general, gets an unread badge instead of the message.
  await b.page.click('[data-channel="random"]')
  await waitIn(b, '#random to open', () => document.querySelector('#header h1')?.textContent === '#random')
  await b.page.fill('#composer input', RANDOM_TEXT)
  await b.page.press('#composer input', 'Enter')
  await waitIn(b, 'its message in #random', (t) =>
    [...document.querySelectorAll('#messages .text')].some((e) => e.textContent === t), RANDOM_TEXT)
  await waitIn(a, 'an unread badge on #random', () =>
    document.querySelector('[data-channel="random"] .badge')?.textContent === '1')
  result.randomLeakedIntoGeneral = (await messageTexts(a)).includes(RANDOM_TEXT)
  await b.page.click('[data-channel="general"]')
  await waitIn(b, '#general to open again', () => document.querySelector('#header h1')?.textContent === '#general')

  // The README picture: the conversation, with Browser 1 typing.
  await a.page.locator('#composer input').pressSequentially(TYPING_TEXT, { delay: 15 })
  await waitIn(b, 'the typing indicator for the screenshot', (n) =>
    document.querySelector('#typing')?.textContent.includes(`${n} is typing`), a.name)
  if (args.screenshot) {
    await screenshotPair(users, args.screenshot)
    result.screenshot = args.screenshot
  }
  await a.page.fill('#composer input', '')

  // HMR: edit a component while both are connected.
  const before = {
    sockets: await Promise.all(users.map(socketId)),
    messages: await Promise.all(users.map(messageTexts)),
    navigations: users.map((u) => u.navigations),
  }
  const file = join(args.dir, 'src', 'components', 'header.ts')
  const src = readFileSync(file, 'utf8')
  if (!src.includes(TOPIC_BEFORE)) throw new Error(`${file} no longer contains ${JSON.stringify(TOPIC_BEFORE)}: update chat.mjs`)
  const consoleMark = users.map((u) => u.console.length)
  writeFileSync(file, src.replace(TOPIC_BEFORE, TOPIC_AFTER))
  for (const u of users) {
    await waitIn(u, 'the edited topic', (t) => document.querySelector('#header .topic')?.textContent === t, TOPIC_AFTER)
  }
  for (const u of users) {
    await waitIn(u, 'the pusher connection to be (still) connected', () =>
      document.querySelector('#header .status')?.classList.contains('live'))
  }
  const after = {
    sockets: await Promise.all(users.map(socketId)),
    messages: await Promise.all(users.map(messageTexts)),
    navigations: users.map((u) => u.navigations),
    markers: await Promise.all(users.map((u) => u.page.evaluate(() => window.__demoMarker ?? null))),
  }
  result.hmr = {
    before,
    after,
    consoleSinceEdit: users.map((u, i) => u.console.slice(consoleMark[i])),
  }
  // The Pusher connection still delivers after the update.
  result.afterHmrLatencyMs = await sendTimed(b, a, 'Still connected after the hot update')
  // Chromium aborts requests with ERR_NETWORK_CHANGED when an interface
  // comes or goes (other tests create veth pairs); the app retries them.
  const changed = users.map((u) => u.console.filter((l) => l.includes('ERR_NETWORK_CHANGED')).length)
  if (changed.some((n) => n > 0)) log(`requests aborted by ERR_NETWORK_CHANGED (retried by the app): ${changed}`)
  result.websockets = users.map((u) => u.websockets)
  result.console = users.map((u) => u.console)
  result.pageErrors = users.map((u) => u.errors)
  process.stdout.write(JSON.stringify(result) + '\n')
} catch (err) {
  console.error(`[chat.mjs] ${err.message}`)
  process.exitCode = 1
} finally {
  for (const u of users) await u.browser.close()
}
