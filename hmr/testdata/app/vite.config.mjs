// One config for every case the tests run; DEVPROXY_CASE picks it:
//   a  default options
//   b  server.hmr.port = DEVPROXY_HMR_PORT (a separate HMR port the browser cannot reach)
//   c  server.hmr.clientPort = DEVPROXY_HMR_PORT (a wrong client port)
//   e  base: '/app/'
//   h  server.hmr host, protocol and clientPort all set (a hand-written compose setup)
// Case d (middleware mode) is middleware.mjs.
const c = process.env.DEVPROXY_CASE || 'a'
const hmrPort = Number(process.env.DEVPROXY_HMR_PORT || 24690)
const config = { logLevel: 'info', clearScreen: false, server: {} }
// Tests give each Vite its own dependency cache so parallel runs don't race.
if (process.env.DEVPROXY_CACHE_DIR) config.cacheDir = process.env.DEVPROXY_CACHE_DIR
if (c === 'b') config.server.hmr = { port: hmrPort }
if (c === 'c') config.server.hmr = { clientPort: hmrPort }
if (c === 'e') config.base = '/app/'
if (c === 'h') config.server.hmr = { host: 'localhost', protocol: 'ws', clientPort: hmrPort }
export default config
