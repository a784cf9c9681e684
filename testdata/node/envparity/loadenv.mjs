// Resolves env files with a real Vite's loadEnv and prints JSON, for
// envcheck's differential tests.
//
//   node loadenv.mjs <vite-package> <mode> <prefixes,comma> <dir>...
//     prints {"<dir>": {"env": {...}} | {"error": "..."}} for each dir.
//   node loadenv.mjs --serve
//     reads one JSON request per line on stdin:
//       {"vite": "vite8", "mode": "development", "prefixes": ["T"],
//        "env": {"PROC_VAR": "x"}, "files": {".env": "TA=1"}}
//     writes the files to a fresh directory, runs loadEnv with exactly that
//     process environment, and answers one JSON line:
//       {"env": {...}} | {"error": "..."}; {"op": "parseEnv", "src": "..."}
//     answers {"env": util.parseEnv(src)}.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import util from 'node:util';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const loaded = new Map();

async function vite(name) {
  if (!loaded.has(name)) {
    const entry = require.resolve(name, { paths: [path.join(here, '..')] });
    const m = await import(pathToFileURL(entry).href);
    loaded.set(name, m.loadEnv ? m : m.default);
  }
  return loaded.get(name);
}

function withEnv(env, fn) {
  const saved = { ...process.env };
  for (const k of Object.keys(process.env)) delete process.env[k];
  Object.assign(process.env, env);
  try {
    return fn();
  } finally {
    for (const k of Object.keys(process.env)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

function firstLine(e) {
  return String(e && e.message ? e.message : e).split('\n')[0];
}

async function serve() {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'envparity-'));
  let n = 0;
  try {
    for await (const line of rl) {
      if (!line.trim()) continue;
      let out;
      try {
        const req = JSON.parse(line);
        if (req.op === 'parseEnv') {
          out = { env: util.parseEnv(req.src) };
        } else {
          const v = await vite(req.vite || 'vite');
          const dir = path.join(tmp, String(n++));
          fs.mkdirSync(dir);
          for (const [name, text] of Object.entries(req.files || {})) {
            fs.writeFileSync(path.join(dir, name), Buffer.from(text, req.base64 ? 'base64' : 'utf8'));
          }
          out = withEnv(req.env || {}, () => ({ env: v.loadEnv(req.mode || 'development', dir, req.prefixes || ['VITE_']) }));
          fs.rmSync(dir, { recursive: true, force: true });
        }
      } catch (e) {
        out = { error: firstLine(e) };
      }
      process.stdout.write(JSON.stringify(out) + '\n');
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function once(args) {
  const [name, mode, prefixes, ...dirs] = args;
  const v = await vite(name);
  const out = {};
  for (const dir of dirs) {
    try {
      out[dir] = { env: withEnv({ ...process.env }, () => v.loadEnv(mode, dir, prefixes.split(','))) };
    } catch (e) {
      out[dir] = { error: firstLine(e) };
    }
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}

if (process.argv[2] === '--serve') await serve();
else await once(process.argv.slice(2));
