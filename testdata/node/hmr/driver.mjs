// Browser driver for devproxy's e2e tests: one headless Chromium (through the
// shared launcher) driven by JSON lines on stdin, one reply per line on stdout.
//
//   node driver.mjs [--extra-host NAME ...]
//   → {"id":1,"op":"open","page":"p1","url":"http://127.0.0.1:5173/"}
//   ← {"id":1,"ok":true,"result":{"status":200}}
//
// Commands (all take "page", a name the test chooses):
//   open      {url}                   open (or navigate) the page, wait for "load"
//   eval      {expr}                  evaluate a JS expression in the page
//   click     {selector}
//   wait      {until, timeoutMs}      poll until the condition holds (see check())
//   state     {}                      everything recorded for the page
//   close     {}                      close the page
// plus "ready" (no page) and "quit".
//
// For every page it records, from Chromium's own DevTools protocol: console
// lines, main-frame navigations, each WebSocket's URL, handshake status and
// received frames, and HTTP requests sent with Accept: text/x-vite-ping.
// The Go test asserts on that record; this script decides nothing.
import { createInterface } from 'node:readline';
import { launch } from '../lib/browser.mjs';

const extraHosts = [];
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i] === '--extra-host' && i + 1 < process.argv.length) extraHosts.push(process.argv[++i]);
  else {
    process.stderr.write(`driver: unknown argument ${process.argv[i]}\n`);
    process.exit(2);
  }
}

const browser = await launch({ extraHosts });
const pages = new Map(); // name → Promise<{page, rec, cdp}>

const MAX_FRAMES = 50; // frames kept per socket: enough to see "connected" and updates

async function newPage(name) {
  const page = await browser.context.newPage();
  const rec = { console: [], navigations: [], sockets: {}, pings: 0, pageErrors: [] };
  page.on('console', (msg) => rec.console.push(`${msg.type()}: ${msg.text()}`));
  page.on('pageerror', (err) => rec.pageErrors.push(String(err)));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) rec.navigations.push(frame.url());
  });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Network.enable');
  const sock = (id) => (rec.sockets[id] ||= { url: '', status: 0, protocol: '', frames: [], closed: false, error: '' });
  cdp.on('Network.webSocketCreated', (e) => { sock(e.requestId).url = e.url; });
  cdp.on('Network.webSocketWillSendHandshakeRequest', (e) => {
    const h = e.request.headers || {};
    const s = sock(e.requestId);
    s.protocol = h['Sec-WebSocket-Protocol'] || h['sec-websocket-protocol'] || '';
  });
  cdp.on('Network.webSocketHandshakeResponseReceived', (e) => { sock(e.requestId).status = e.response.status; });
  cdp.on('Network.webSocketFrameReceived', (e) => {
    const s = sock(e.requestId);
    if (s.frames.length < MAX_FRAMES) s.frames.push(e.response.payloadData);
  });
  cdp.on('Network.webSocketFrameError', (e) => { sock(e.requestId).error = e.errorMessage; });
  cdp.on('Network.webSocketClosed', (e) => { sock(e.requestId).closed = true; });
  cdp.on('Network.requestWillBeSent', (e) => {
    const h = e.request.headers || {};
    const accept = h.Accept || h.accept || '';
    if (accept.includes('text/x-vite-ping')) rec.pings++;
  });
  return { page, rec, cdp };
}

async function get(name) {
  const e = pages.get(name);
  if (!e) throw new Error(`no page named ${JSON.stringify(name)}; open it first`);
  return e;
}

// check evaluates one wait condition against a page; true when it holds.
async function check({ page, rec }, until) {
  if (until.console !== undefined) {
    const from = until.since || 0;
    return rec.console.slice(from).some((l) => l.includes(until.console));
  }
  if (until.navigations !== undefined) return rec.navigations.length >= until.navigations;
  if (until.pings !== undefined) return rec.pings >= until.pings;
  if (until.pingSockets !== undefined) {
    return Object.values(rec.sockets).filter(isPingSocket).length >= until.pingSockets;
  }
  if (until.eval !== undefined) {
    try {
      return Boolean(await page.evaluate(until.eval));
    } catch {
      return false; // mid-navigation: try again
    }
  }
  throw new Error(`unknown wait condition ${JSON.stringify(until)}`);
}

// isPingSocket: Vite 6+'s restart probe (subprotocol vite-ping, no token). When
// the TCP connection is refused Chromium never sends the handshake, so the
// protocol is unknown: a socket without a token counts too.
function isPingSocket(s) {
  return s.protocol === 'vite-ping' || (s.protocol === '' && !s.url.includes('token='));
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function run(cmd) {
  switch (cmd.op) {
    case 'ready':
      return {};
    case 'open': {
      if (!pages.has(cmd.page)) pages.set(cmd.page, newPage(cmd.page));
      const e = await pages.get(cmd.page);
      const resp = await e.page.goto(cmd.url, { waitUntil: 'load', timeout: cmd.timeoutMs || 60000 });
      return { status: resp ? resp.status() : 0 };
    }
    case 'eval':
      return await (await get(cmd.page)).page.evaluate(cmd.expr);
    case 'click':
      await (await get(cmd.page)).page.click(cmd.selector, { timeout: cmd.timeoutMs || 30000 });
      return {};
    case 'wait': {
      const e = await get(cmd.page);
      const deadline = Date.now() + (cmd.timeoutMs || 30000);
      for (;;) {
        if (await check(e, cmd.until)) return {};
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${JSON.stringify(cmd.until)}`);
        await sleep(50);
      }
    }
    case 'state': {
      const { page, rec } = await get(cmd.page);
      return { ...rec, url: page.url() };
    }
    case 'close': {
      const e = await get(cmd.page);
      pages.delete(cmd.page);
      await e.page.close();
      return {};
    }
    default:
      throw new Error(`unknown op ${JSON.stringify(cmd.op)}`);
  }
}

function reply(obj) {
  process.stdout.write(`${JSON.stringify(obj)}\n`);
}

const rl = createInterface({ input: process.stdin });
let quitting = false;
async function quit() {
  if (quitting) return;
  quitting = true;
  await browser.close();
  process.exit(0);
}
rl.on('line', (line) => {
  let cmd;
  try {
    cmd = JSON.parse(line);
  } catch (err) {
    reply({ id: 0, ok: false, error: `bad command line: ${err.message}` });
    return;
  }
  if (cmd.op === 'quit') {
    reply({ id: cmd.id, ok: true, result: {} });
    quit();
    return;
  }
  run(cmd).then(
    (result) => reply({ id: cmd.id, ok: true, result: result === undefined ? null : result }),
    (err) => reply({ id: cmd.id, ok: false, error: String(err && err.message ? err.message : err) }),
  );
});
rl.on('close', quit); // the test binary went away: never leave Chromium behind
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, quit);
