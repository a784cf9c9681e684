// The app's state and a tiny publish/subscribe. Components render from here;
// because this module is never edited during a session, hot-updating a
// component re-runs only that component and the state (messages on screen,
// who is online, the Pusher connection) survives.

export interface User {
  id: string
  name: string
}

export interface Message {
  id: string
  channel: string
  text: string
  user: User
  at: number // unix milliseconds
}

export interface State {
  channels: string[]
  current: string
  messages: Record<string, Message[]>
  unread: Record<string, number>
  me: User | null
  members: User[]
  typing: Record<string, Record<string, { name: string; until: number }>>
  connection: string // pusher-js connection state
  socketId: string
  error: string
}

export const state: State = {
  channels: ['general', 'random'],
  current: 'general',
  messages: {},
  unread: {},
  me: null,
  members: [],
  typing: {},
  connection: 'initialized',
  socketId: '',
  error: '',
}

type Listener = () => void
const listeners = new Set<Listener>()
let scheduled = false

// subscribe calls fn now and after every update; it returns the unsubscribe.
export function subscribe(fn: Listener): () => void {
  listeners.add(fn)
  fn()
  return () => {
    listeners.delete(fn)
  }
}

// update changes the state; listeners run once per batch of updates.
export function update(change: (s: State) => void): void {
  change(state)
  if (scheduled) return
  scheduled = true
  queueMicrotask(() => {
    scheduled = false
    for (const fn of listeners) fn()
  })
}

export function typingIn(channel: string): string[] {
  const now = Date.now()
  return Object.entries(state.typing[channel] ?? {})
    .filter(([id, t]) => t.until > now && id !== state.me?.id)
    .map(([, t]) => t.name)
}
