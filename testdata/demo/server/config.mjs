// Reads the backend's settings from the environment and says exactly what is
// missing. `devproxy up --mock-pusher --run "node server/index.mjs"` passes
// PUSHER_APP_ID, PUSHER_APP_KEY, PUSHER_APP_SECRET, PUSHER_HOST and PUSHER_PORT;
// against real Pusher set PUSHER_CLUSTER instead of PUSHER_HOST/PORT.

export const DEFAULT_PORT = 3001

export function loadConfig(env = process.env) {
  const problems = []
  for (const name of ['PUSHER_APP_ID', 'PUSHER_APP_KEY', 'PUSHER_APP_SECRET']) {
    if (!env[name]) problems.push(`${name} is not set`)
  }
  if (!env.PUSHER_HOST && !env.PUSHER_CLUSTER) problems.push('neither PUSHER_HOST nor PUSHER_CLUSTER is set')

  const port = env.DEMO_API_PORT ? Number(env.DEMO_API_PORT) : DEFAULT_PORT
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`DEMO_API_PORT=${JSON.stringify(env.DEMO_API_PORT)} is not a port number`)
  }
  let pusherPort
  if (env.PUSHER_PORT) {
    pusherPort = Number(env.PUSHER_PORT)
    if (!Number.isInteger(pusherPort) || pusherPort <= 0 || pusherPort > 65535) {
      problems.push(`PUSHER_PORT=${JSON.stringify(env.PUSHER_PORT)} is not a port number`)
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `demo api: ${problems.join('; ')}\n` +
        '  fix: run it under devproxy, which passes these:\n' +
        '    devproxy up --mock-pusher --route /api=http://127.0.0.1:3001 --run "node server/index.mjs"\n' +
        '  or set PUSHER_APP_ID, PUSHER_APP_KEY, PUSHER_APP_SECRET and PUSHER_HOST/PUSHER_PORT (or PUSHER_CLUSTER) yourself',
    )
  }

  const useTLS = env.PUSHER_USE_TLS === 'true'
  const pusher = {
    appId: env.PUSHER_APP_ID,
    key: env.PUSHER_APP_KEY,
    secret: env.PUSHER_APP_SECRET,
    useTLS,
  }
  if (env.PUSHER_HOST) {
    pusher.host = env.PUSHER_HOST
    if (pusherPort) pusher.port = String(pusherPort)
  } else {
    pusher.cluster = env.PUSHER_CLUSTER
  }
  return {
    host: env.DEMO_API_HOST || '127.0.0.1',
    port,
    pusher,
  }
}
