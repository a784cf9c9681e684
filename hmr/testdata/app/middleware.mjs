// Vite in middleware mode behind a plain node:http server (case d): the
// served client hard-wires port 24678 unless hmr.port is set.
// usage: node middleware.mjs <path to vite package dir> <port> [hmrPort]
import http from 'node:http'
import { pathToFileURL } from 'node:url'
import { join } from 'node:path'
const [vitePkg, port, hmrPort] = process.argv.slice(2)
const vite = await import(pathToFileURL(join(vitePkg, 'dist/node/index.js')).href)
const root = new URL('.', import.meta.url).pathname
const httpServer = http.createServer()
const hmr = hmrPort ? { port: Number(hmrPort) } : {}
const server = await vite.createServer({
  root, configFile: false, clearScreen: false, appType: 'spa',
  cacheDir: process.env.DEVPROXY_CACHE_DIR || undefined,
  server: { middlewareMode: true, hmr },
})
httpServer.on('request', (req, res) => {
  server.middlewares(req, res, () => { res.statusCode = 404; res.end('not found') })
})
httpServer.listen(Number(port), '127.0.0.1', () => console.log(`middleware vite ready on http://127.0.0.1:${port}/`))
const stop = async () => { await server.close(); httpServer.close(); process.exit(0) }
process.on('SIGTERM', stop); process.on('SIGINT', stop)
