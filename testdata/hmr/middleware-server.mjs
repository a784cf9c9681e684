// (d) Vite in middleware mode behind a tiny Node http server, the way SSR and
// custom-server setups run it. The HMR client is then hard-wired to Vite's own
// WebSocket server port (24678 unless server.hmr.port says otherwise).
//
// Usage: node middleware-server.mjs --vite /path/to/vite/package
//          [--hmr-port N] [--base /app/] --port P [--strictPort] [--host H]
// It accepts the flags devproxy appends when it launches Vite.
import http from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

function parseArgs(argv) {
  const out = { host: '127.0.0.1', base: '/' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`middleware-server: ${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '--vite': out.vite = val(); break;
      case '--hmr-port': out.hmrPort = Number(val()); break;
      case '--base': out.base = val(); break;
      case '--port': out.port = Number(val()); break;
      case '--host': out.host = val(); break;
      case '--strictPort': break;
      default: throw new Error(`middleware-server: unknown flag ${a}`);
    }
  }
  if (!out.vite) throw new Error('middleware-server: --vite /path/to/vite is required');
  if (!out.port) throw new Error('middleware-server: --port is required');
  return out;
}

const args = parseArgs(process.argv.slice(2));
const { createServer } = await import(pathToFileURL(join(args.vite, 'dist/node/index.js')).href);

const hmr = args.hmrPort ? { port: args.hmrPort } : {};
const vite = await createServer({
  configFile: false,
  root: process.cwd(),
  base: args.base,
  clearScreen: false,
  appType: 'spa',
  server: { middlewareMode: true, hmr },
});

const server = http.createServer((req, res) => {
  vite.middlewares(req, res, () => {
    res.statusCode = 404;
    res.end('not found\n');
  });
});
server.on('error', (err) => {
  console.error(`middleware-server: ${err.message}`);
  process.exit(1);
});
server.listen(args.port, args.host, () => {
  const { port } = server.address();
  console.log(`middleware-server: vite in middleware mode on http://${args.host}:${port}${args.base}`);
});

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    server.close();
    await vite.close().catch(() => {});
    process.exit(0);
  });
}
