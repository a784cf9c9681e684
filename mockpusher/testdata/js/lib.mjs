// Shared helpers for the real-client scenarios: the real pusher-js (Node build)
// and the real `pusher` server SDK, both resolved from testdata/node so the
// versions are the ones package-lock.json pins.
//
// The Go test passes the server under test in the environment:
//   MOCK_URL       http://127.0.0.1:PORT (the mock, mounted at the root)
//   PUSHER_APP_ID, PUSHER_KEY, PUSHER_SECRET
//   PUSHER_ENCRYPTION_MASTER_KEY (base64, for private-encrypted- scenarios)
// A scenario prints "ok" and exits 0, or prints why it failed and exits 1.
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';

const require = createRequire(new URL('../../../testdata/node/package.json', import.meta.url));
export const Pusher = require('pusher-js'); // dist/node/pusher.js
export const PusherServer = require('pusher');
export { assert };

const url = new URL(process.env.MOCK_URL || 'http://127.0.0.1:1');
export const cfg = {
  url: url.origin,
  host: url.hostname,
  port: Number(url.port),
  appId: process.env.PUSHER_APP_ID,
  key: process.env.PUSHER_KEY,
  secret: process.env.PUSHER_SECRET,
};

// WAIT bounds every wait so a missing event fails with a message saying what
// never came instead of hanging the test; it is not a performance limit.
export const WAIT = 30000;

const clients = [];

// client returns a pusher-js client configured as devproxy tells developers
// to: plain ws to the mock's host and port, auth endpoints on the same origin
// through pusher-js's own 'ajax' transport (node-XMLHttpRequest in Node).
export function client(opts = {}) {
  const p = new Pusher(opts.key || cfg.key, {
    cluster: 'mt1',
    wsHost: cfg.host,
    wsPort: cfg.port,
    forceTLS: false,
    enabledTransports: ['ws'],
    disableStats: true,
    channelAuthorization: opts.channelAuthorization || {
      endpoint: cfg.url + (opts.authPath || '/pusher/auth'),
      transport: 'ajax',
    },
    userAuthentication: opts.userAuthentication || {
      endpoint: cfg.url + '/pusher/user-auth',
      transport: 'ajax',
    },
  });
  clients.push(p);
  return p;
}

// browserAuth makes pusher-js auth handlers that POST form-encoded bodies
// exactly as the browser build's ajax transport does, and keep the cookies the
// endpoint sets, as a browser profile would. Node's XMLHttpRequest refuses to
// send Cookie headers, so a per-browser dev identity needs this in Node.
export function browserAuth(jar = { cookie: '' }) {
  const post = async (path, form) => {
    const res = await fetch(cfg.url + path, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        ...(jar.cookie ? { Cookie: jar.cookie } : {}),
      },
      body: new URLSearchParams(form).toString(),
    });
    const setCookies = res.headers.getSetCookie ? res.headers.getSetCookie() : [];
    for (const c of setCookies) {
      const pair = c.split(';')[0];
      const name = pair.split('=')[0];
      const kept = jar.cookie ? jar.cookie.split('; ').filter((p) => p.split('=')[0] !== name) : [];
      jar.cookie = [...kept, pair].join('; ');
    }
    const text = await res.text();
    if (res.status !== 200) {
      const err = new Error(`auth endpoint ${path} answered ${res.status}: ${text}`);
      err.status = res.status;
      throw err;
    }
    return JSON.parse(text);
  };
  return {
    jar,
    channelAuthorization: {
      customHandler: ({ socketId, channelName }, cb) => {
        post('/pusher/auth', { socket_id: socketId, channel_name: channelName }).then((d) => cb(null, d), (e) => cb(e, null));
      },
    },
    userAuthentication: {
      customHandler: ({ socketId }, cb) => {
        post('/pusher/user-auth', { socket_id: socketId }).then((d) => cb(null, d), (e) => cb(e, null));
      },
    },
  };
}

export function server() {
  return new PusherServer({
    appId: cfg.appId, key: cfg.key, secret: cfg.secret,
    host: cfg.host, port: String(cfg.port), useTLS: false,
    ...(process.env.PUSHER_ENCRYPTION_MASTER_KEY ? { encryptionMasterKeyBase64: process.env.PUSHER_ENCRYPTION_MASTER_KEY } : {}),
  });
}

// within rejects with "timed out waiting for WHAT" if p does not settle.
export function within(p, what, ms = WAIT) {
  let t;
  return Promise.race([
    p,
    new Promise((_, reject) => {
      t = setTimeout(() => reject(new Error(`timed out after ${ms / 1000}s waiting for ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(t));
}

export function connected(p) {
  return within(new Promise((resolve, reject) => {
    if (p.connection.state === 'connected') return resolve(p.connection.socket_id);
    p.connection.bind('connected', () => resolve(p.connection.socket_id));
    p.connection.bind('error', (e) => reject(new Error(`connection error: ${JSON.stringify(e)}`)));
  }), 'pusher-js to connect');
}

// subscribed subscribes and resolves with subscription_succeeded's data;
// it rejects on subscription_error or a pusher:error while subscribing.
export function subscribed(p, name) {
  const ch = p.subscribe(name);
  return within(new Promise((resolve, reject) => {
    ch.bind('pusher:subscription_succeeded', (data) => resolve({ ch, data }));
    ch.bind('pusher:subscription_error', (e) => reject(new Error(`subscription_error on ${name}: ${JSON.stringify(e)}`)));
    p.connection.bind('error', (e) => reject(new Error(`connection error while subscribing to ${name}: ${JSON.stringify(e)}`)));
  }), `subscription to ${name}`).then((r) => r);
}

// record collects every event on ch (pusher-js bind_global: name and data),
// in order. Given a pusher-js client instead, it records every protocol frame
// the connection receives (pusher_internal:* included, with channel and
// user_id), data already parsed as pusher-js parses it.
export function record(target) {
  const log = [];
  const waiters = [];
  const push = (e) => {
    log.push(e);
    for (const w of [...waiters]) {
      if (w.match(e)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(e);
      }
    }
  };
  if (target.connection && target.connection.bind) {
    target.connection.bind('message', (m) => push(m));
  } else {
    target.bind_global((event, data) => push({ event, data }));
  }
  return {
    log,
    events: (name, channel) => log.filter((e) => e.event === name && (!channel || e.channel === channel)),
    // wait resolves with the first event (already seen or future) for which
    // match returns true.
    wait(match, what) {
      const seen = log.find(match);
      if (seen) return Promise.resolve(seen);
      return within(new Promise((resolve) => waiters.push({ match, resolve })), what).catch((e) => {
        e.message += `; last events seen: ${JSON.stringify(log.slice(-8))}`;
        throw e;
      });
    },
  };
}

// eventually polls f until it returns a truthy value (for REST state that
// settles after a WebSocket close, which the server sees asynchronously).
export async function eventually(f, what, ms = WAIT) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await f();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${ms / 1000}s waiting for ${what}; last: ${last instanceof Error ? last.message : JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function getJSON(path, params = {}) {
  const res = await server().get({ path, params });
  return res.json();
}

// main runs a scenario, prints "ok" or the failure, disconnects every client
// and exits.
export function main(fn) {
  fn().then(
    () => {
      for (const p of clients) p.disconnect();
      console.log('ok');
      process.exit(0);
    },
    (e) => {
      for (const p of clients) p.disconnect();
      console.error(e && e.stack ? e.stack : String(e));
      process.exit(1);
    },
  );
}
