// Calls to the demo's backend (server/index.mjs), reached through devproxy's
// --route /api=... on the page's own origin. The backend saves the message and
// triggers the Pusher event with the `pusher` server SDK: the browser never
// holds the app secret.
import type { Message, User } from './store'

const RETRIES = 3

// request retries a request that never got an answer (the network changed,
// the backend was restarting); send-message carries its own id, so a retry
// cannot post a message twice.
async function request(method: string, path: string, body?: unknown): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(path, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    } catch (err) {
      if (attempt >= RETRIES) throw new Error(`${method} ${path}: ${err instanceof Error ? err.message : err}`)
      await new Promise((r) => setTimeout(r, 200 * 2 ** attempt))
    }
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await request(method, path, body)
  const text = await res.text()
  let data: any = null
  try {
    data = text ? JSON.parse(text) : null
  } catch {
    // a proxy's or Vite's HTML error page: report the status below
  }
  if (!res.ok) {
    // The backend's {"error"}, or the first line of a proxy's plain-text
    // answer (devproxy says which upstream is not answering).
    const plain = res.headers.get('Content-Type')?.startsWith('text/plain') ? text.trim().split('\n')[0]?.slice(0, 300) : ''
    const why = data?.error ?? (plain || `${res.status} ${res.statusText}`)
    throw new Error(`${method} ${path}: ${why}`)
  }
  if (res.status !== 204 && data === null) {
    // Vite answers unknown paths with index.html: the backend is not routed.
    const type = res.headers.get('Content-Type') ?? 'no content type'
    throw new Error(
      `${method} ${path}: expected JSON from the demo backend, got ${type}; ` +
        'is /api routed to it? (devproxy up --route /api=http://127.0.0.1:3001)',
    )
  }
  return data as T
}

export function fetchMessages(channel: string): Promise<{ messages: Message[] }> {
  return call('GET', `/api/chat/messages?channel=${encodeURIComponent(channel)}`)
}

// socketId lets the backend exclude the sender from the broadcast: the sender
// shows the message from this response instead.
export function sendMessage(id: string, channel: string, text: string, user: User, socketId: string): Promise<Message> {
  return call('POST', '/api/chat/send-message', { id, channel, text, user, socket_id: socketId })
}

export function sendTyping(channel: string, user: User, socketId: string): Promise<void> {
  return call('POST', '/api/chat/typing', { channel, user, socket_id: socketId })
}
