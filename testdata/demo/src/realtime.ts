// The pusher-js client, configured from VITE_PUSHER_* in .env. By default it
// talks to the page's own host and port: `devproxy up --mock-pusher` serves the
// Pusher WebSocket (/app/KEY) and the auth endpoint on the app's origin, so the
// same code works on localhost, behind a published Docker port, or a custom
// domain, without a Pusher account.
import Pusher from 'pusher-js'

function pagePort(): number {
  if (location.port) return Number(location.port)
  return location.protocol === 'https:' ? 443 : 80
}

export function createPusher(): Pusher {
  const key = import.meta.env.VITE_PUSHER_KEY
  const cluster = import.meta.env.VITE_PUSHER_CLUSTER
  if (!key || !cluster) {
    throw new Error(
      'VITE_PUSHER_KEY and VITE_PUSHER_CLUSTER must be set in .env (run `devproxy check` to see what Vite resolved)',
    )
  }
  // Empty VITE_PUSHER_HOST / VITE_PUSHER_PORT (the default in .env) mean the
  // page's own host and port.
  const port = import.meta.env.VITE_PUSHER_PORT ? Number(import.meta.env.VITE_PUSHER_PORT) : pagePort()
  return new Pusher(key, {
    cluster, // mandatory since pusher-js 8, even with wsHost
    wsHost: import.meta.env.VITE_PUSHER_HOST || location.hostname,
    wsPort: port,
    wssPort: port,
    forceTLS: false, // pusher-js still uses wss:// when the page itself is https
    enabledTransports: ['ws', 'wss'], // never fall back to pusher.com's hosts
    enableStats: false,
    channelAuthorization: {
      endpoint: import.meta.env.VITE_PUSHER_AUTH_ENDPOINT || '/pusher/auth',
      transport: 'ajax',
    },
  })
}
