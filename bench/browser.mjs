// Browser side of devproxy's benchmark (parts 2 and 3), driven by bench/
// (Go), which starts Vite and devproxy and reads one JSON object per line
// from stdout. Uses the shared launcher, so every load gets a fresh profile.
//
//   node bench/browser.mjs coldload --path direct=URL --path devproxy=URL --rounds 5 --modules 2000
//   node bench/browser.mjs hmr --root DIR --path direct=URL --path devproxy=URL --edits 15
import { launch } from '../testdata/node/lib/browser.mjs';
import { writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

function parseArgs(argv) {
  const o = { mode: argv[0], paths: [], rounds: 5, modules: 2000, edits: 15, root: '', warmup: 1 };
  for (let i = 1; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (v === undefined) throw new Error(`flag ${k} needs a value`);
    switch (k) {
      case '--path': { const [name, url] = v.split(/=(.*)/s); o.paths.push({ name, url }); break; }
      case '--rounds': o.rounds = Number(v); break;
      case '--modules': o.modules = Number(v); break;
      case '--edits': o.edits = Number(v); break;
      case '--warmup': o.warmup = Number(v); break;
      case '--root': o.root = v; break;
      default: throw new Error(`unknown flag ${k}`);
    }
  }
  if (!['coldload', 'hmr'].includes(o.mode)) throw new Error(`mode ${o.mode}: want coldload or hmr`);
  if (o.paths.length < 2) throw new Error('give at least two --path name=URL');
  return o;
}

const emit = (obj) => process.stdout.write(JSON.stringify(obj) + '\n');
const fail = (msg) => { throw new Error(msg); };

// coldLoad opens url in a fresh browser profile and returns the page's own
// measurement: ms from navigation start to the entry module's marker.
async function coldLoad(url, want) {
  const b = await launch();
  try {
    const page = await b.context.newPage();
    const origin = new URL(url).origin;
    let requests = 0, lastProgress = performance.now(), fallback = false;
    const foreign = [], problems = [], pending = new Set();
    page.on('request', (r) => {
      requests++;
      pending.add(r.url());
      if (new URL(r.url()).origin !== origin) foreign.push(r.url());
    });
    page.on('requestfinished', (r) => { pending.delete(r.url()); lastProgress = performance.now(); });
    page.on('requestfailed', (r) => { pending.delete(r.url()); problems.push(`${r.url()}: ${r.failure()?.errorText}`); });
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.url()}: HTTP ${r.status()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.text().includes('Direct websocket connection fallback')) fallback = true; });
    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    // Wait for the marker; fail at once on an error, or when nothing has
    // finished loading for 120 s (a stall, not a slow machine).
    for (;;) {
      const done = await page.evaluate(() => window.__benchDone !== undefined);
      if (done) break;
      if (problems.length) fail(`${url}: ${problems.length} problems while loading, first: ${problems[0]}`);
      if (performance.now() - lastProgress > 120_000) {
        fail(`${url}: loading stalled: nothing finished for 120 s after ${requests} requests; still pending: ${[...pending].slice(0, 5).join(', ') || 'none'}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const r = await page.evaluate(() => ({ ms: window.__benchDone, modules: window.__benchModules }));
    if (r.modules !== want) fail(`${url}: page counted ${r.modules} modules, want ${want}`);
    if (foreign.length) fail(`${url}: ${foreign.length} requests bypassed the path under test, e.g. ${foreign[0]}`);
    if (problems.length) fail(`${url}: ${problems[0]}`);
    if (fallback) fail(`${url}: Vite's client fell back to a direct socket`);
    return { ms: r.ms, requests };
  } finally {
    await b.close();
  }
}

async function runColdload(o) {
  for (let r = -o.warmup; r < o.rounds; r++) {
    for (let k = 0; k < o.paths.length; k++) {
      const p = o.paths[(k + r + o.warmup) % o.paths.length]; // rotate who goes first
      // Chromium aborts in-flight requests with ERR_NETWORK_CHANGED when any
      // network interface on the host changes (other tests creating network
      // namespaces, say): such a load measured the machine, not the path, so
      // it is retried and counted.
      let res, retries = 0;
      for (;;) {
        try {
          res = await coldLoad(p.url + '/', o.modules);
          break;
        } catch (err) {
          if (!String(err.message).includes('ERR_NETWORK_CHANGED') || ++retries > 3) throw err;
          process.stderr.write(`bench browser: ${p.name} load aborted by a host network change; retrying\n`);
        }
      }
      emit({ mode: 'coldload', path: p.name, round: r, warmup: r < 0, ms: res.ms, requests: res.requests, retries });
    }
  }
}

// openHMRPage loads hmr-<file>.html through url and proves which socket
// carries HMR: the one that received {"type":"connected"} must be on url's
// host and port, so Vite's silent direct fallback cannot pass as the proxy.
async function openHMRPage(context, url, file) {
  const page = await context.newPage();
  const want = new URL(url).host;
  const sockets = [];
  page.on('websocket', (ws) => {
    const s = { url: ws.url(), connected: false };
    sockets.push(s);
    ws.on('framereceived', (f) => { if (String(f.payload).includes('"type":"connected"')) s.connected = true; });
  });
  const log = [];
  page.on('console', (m) => log.push({ t: performance.now(), text: m.text() }));
  await page.goto(`${url}/hmr-${file}.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.getElementById('v').textContent.includes('v='), null, { timeout: 30_000 });
  const deadline = Date.now() + 30_000;
  while (!sockets.some((s) => s.connected)) {
    if (Date.now() > deadline) fail(`${url}: no HMR socket received {"type":"connected"} within 30 s; sockets: ${JSON.stringify(sockets)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const good = sockets.filter((s) => s.connected && new URL(s.url).host === want);
  if (good.length !== 1 || sockets.some((s) => s.connected && new URL(s.url).host !== want)) {
    fail(`${url}: HMR socket went elsewhere: ${JSON.stringify(sockets)}`);
  }
  return { page, log, socket: good[0].url };
}

// waitFor polls log (from index from) for an entry matching re.
async function waitFor(log, from, re, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    for (let i = from; i < log.length; i++) if (re.test(log[i].text)) return { i, t: log[i].t };
    if (performance.now() > deadline) fail(`no console line matching ${re} within ${timeoutMs} ms; saw ${JSON.stringify(log.slice(from).map((e) => e.text))}`);
    await new Promise((r) => setTimeout(r, 1));
  }
}

// editFile writes a temporary file and renames it over file, as editors do,
// so Vite never reads a half-written module; it returns the time of the rename.
function editFile(file, text) {
  writeFileSync(file + '.tmp', text);
  const t0 = performance.now();
  renameSync(file + '.tmp', file);
  return t0;
}

const moduleText = (f, v) => `import './shared.js';\nexport const version = ${v};\ndocument.getElementById('v').textContent = 'hmr-${f} v=' + version;\nconsole.log('hmr-${f} v=' + version);\nif (import.meta.hot) import.meta.hot.accept();\n`;
const sharedText = (v) => `export const shared = ${v};\nconsole.log('hmr-shared v=${v}');\nif (import.meta.hot) import.meta.hot.accept();\n`;
const settle = () => new Promise((r) => setTimeout(r, 150)); // let watchers settle between edits

// retryOnNetworkChange runs one edit; when Chromium aborted its module fetch
// with ERR_NETWORK_CHANGED (a host interface changed, e.g. another test made
// a network namespace), the edit measured the machine, so it is done again.
async function retryOnNetworkChange(pages, edit) {
  for (let attempt = 0; ; attempt++) {
    const from = pages.map((pg) => pg.log.length);
    try {
      return await edit(from);
    } catch (err) {
      const changed = pages.some((pg, k) => pg.log.slice(from[k]).some((l) => l.text.includes('ERR_NETWORK_CHANGED')));
      if (!changed || attempt >= 3) throw err;
      process.stderr.write('bench browser: an HMR update was aborted by a host network change; editing again\n');
      await settle();
    }
  }
}

// runHMR measures file write → "[vite] hot updated" in two blocks; the second
// swaps which page (and file) each path gets, so any bias between the first
// and second page opened, or between hmr/a.js and hmr/b.js, cancels.
//  1. alternating: path k's page alone imports its own module, so one edit
//     updates exactly one page; the paths take turns.
//  2. paired: an edit of hmr/shared.js, which both pages import, is seen by
//     both at once; the per-edit difference cancels the watcher's and the
//     transform's noise.
async function runHMR(o) {
  if (!o.root) fail('hmr needs --root (the generated app)');
  if (o.paths.length !== 2) fail('hmr compares exactly two paths');
  const version = { a: 0, b: 0, shared: 0 };
  const perBlock = Math.ceil(o.edits / 2);
  const warm = 2;
  for (let block = 0; block < 2; block++) {
    const files = block === 0 ? ['a', 'b'] : ['b', 'a'];
    // One browser per page: pages of one site (127.0.0.1, whatever the port)
    // share a renderer process and its main thread, which would couple the
    // two pages' timings and hide a difference between the paths.
    const browsers = [];
    try {
      const pages = [];
      for (let k = 0; k < 2; k++) {
        browsers.push(await launch());
        const pg = await openHMRPage(browsers[k].context, o.paths[k].url, files[k]);
        pages.push(pg);
        emit({ mode: 'hmr-socket', path: o.paths[k].name, socket: pg.socket });
      }
      for (let e = -warm; e < perBlock; e++) {
        for (let j = 0; j < 2; j++) {
          const k = (j + e + warm) % 2;
          const f = files[k];
          const pg = pages[k];
          await retryOnNetworkChange(pages, async (from) => {
            const v = ++version[f];
            const t0 = editFile(join(o.root, 'hmr', `${f}.js`), moduleText(f, v));
            const ran = await waitFor(pg.log, from[k], new RegExp(`^hmr-${f} v=${v}$`), 30_000);
            const upd = await waitFor(pg.log, ran.i, new RegExp(`^\\[vite\\] hot updated: /hmr/${f}\\.js`), 30_000);
            emit({ mode: 'hmr', path: o.paths[k].name, edit: block * 1000 + e, warmup: e < 0, ms: upd.t - t0 });
          });
          await settle();
        }
      }
      for (let e = -warm; e < perBlock; e++) {
        await retryOnNetworkChange(pages, async (from) => {
          const v = ++version.shared;
          const t0 = editFile(join(o.root, 'hmr', 'shared.js'), sharedText(v));
          const ms = await Promise.all(pages.map(async (pg, k) => {
            const ran = await waitFor(pg.log, from[k], new RegExp(`^hmr-shared v=${v}$`), 30_000);
            const upd = await waitFor(pg.log, ran.i, /^\[vite\] hot updated: \/hmr\/shared\.js/, 30_000);
            return upd.t - t0;
          }));
          ms.forEach((m, k) => emit({ mode: 'hmr-both', path: o.paths[k].name, edit: block * 1000 + e, warmup: e < 0, ms: m }));
        });
        await settle();
      }
      for (const pg of pages) {
        if (pg.log.some((l) => l.text.includes('Direct websocket connection fallback'))) {
          fail(`${pg.socket}: Vite's client fell back to a direct socket during the run`);
        }
      }
    } finally {
      for (const b of browsers) await b.close();
    }
  }
}

const o = parseArgs(process.argv.slice(2));
try {
  if (o.mode === 'coldload') await runColdload(o);
  else await runHMR(o);
} catch (err) {
  process.stderr.write(`bench browser: ${err.message}\n`);
  process.exit(1);
}
