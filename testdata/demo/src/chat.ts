// The chat's behaviour: subscribe, receive, send. Presence comes from the
// presence-team channel; each chat channel is private-chat-NAME, on which the
// backend triggers `new-message` and `typing` (typing goes through the backend
// rather than client events so it works even where client events are off).
import type Pusher from 'pusher-js'
import type { PresenceChannel } from 'pusher-js'
import * as api from './api'
import { state, update, type Message, type User } from './store'
import { createPusher } from './realtime'

const TYPING_SHOWN_MS = 3000
const TYPING_RESEND_MS = 1500
const AUTH_RETRIES = 5

export const PRESENCE_CHANNEL = 'presence-team'
export const chatChannel = (name: string) => `private-chat-${name}`

let pusher: Pusher | null = null
let lastTypingSent = 0

// displayName reads the name devproxy's auth endpoint (or your own) put in
// the presence user_info; anything else falls back to a short id.
function toUser(id: string, info: any): User {
  const name = info?.name ?? info?.username ?? info?.display_name ?? `guest-${String(id).slice(0, 6)}`
  return { id: String(id), name: String(name) }
}

function addMessage(m: Message, countUnread = true): void {
  update((s) => {
    const list = (s.messages[m.channel] ??= [])
    if (list.some((x) => x.id === m.id)) return
    list.push(m)
    list.sort((a, b) => a.at - b.at)
    if (countUnread && m.channel !== s.current) s.unread[m.channel] = (s.unread[m.channel] ?? 0) + 1
    delete s.typing[m.channel]?.[m.user.id]
  })
}

// subscribeRetrying subscribes and, when the auth request failed on the way
// (network error or 5xx, e.g. the backend restarting), asks again with
// back-off; pusher-js itself never retries channel auth. A refusal (4xx) is
// shown as it is.
function subscribeRetrying(p: Pusher, name: string) {
  const ch = p.subscribe(name)
  let attempts = 0
  ch.bind('pusher:subscription_succeeded', () => {
    attempts = 0
  })
  ch.bind('pusher:subscription_error', (e: any) => {
    const status: number | undefined = e?.status
    if (status !== undefined && (status === 0 || status >= 500) && attempts < AUTH_RETRIES) {
      attempts++
      console.warn(`[demo] auth for ${name} failed (${e?.error ?? status}); retrying (${attempts}/${AUTH_RETRIES})`)
      setTimeout(() => p.subscribe(name), 250 * 2 ** attempts)
      return
    }
    fail(new Error(`subscribing to ${name}: ${e?.error ?? e?.status ?? 'auth failed'}`))
  })
  return ch
}

function fail(err: unknown): void {
  const msg = err instanceof Error ? err.message : String(err)
  console.error('[demo]', msg)
  update((s) => {
    s.error = msg
  })
}

export function start(): Pusher | null {
  try {
    pusher = createPusher()
  } catch (err) {
    fail(err)
    return null
  }
  const p = pusher

  p.connection.bind('state_change', ({ current }: { current: string }) => {
    update((s) => {
      s.connection = current
      s.socketId = p.connection.socket_id ?? ''
      if (current === 'connected') s.error = ''
    })
  })
  update((s) => {
    s.connection = p.connection.state // the constructor already started connecting
  })
  p.connection.bind('error', (err: any) => {
    const detail = err?.error?.data?.message ?? err?.error?.message ?? err?.type ?? 'unknown error'
    fail(new Error(`Pusher connection: ${detail}`))
  })

  const team = subscribeRetrying(p, PRESENCE_CHANNEL) as PresenceChannel
  const refreshMembers = () =>
    update((s) => {
      const list: User[] = []
      team.members.each((m: { id: string; info: any }) => list.push(toUser(m.id, m.info)))
      list.sort((a, b) => a.name.localeCompare(b.name))
      s.members = list
      s.me = team.members.me ? toUser(team.members.me.id, team.members.me.info) : null
    })
  team.bind('pusher:subscription_succeeded', refreshMembers)
  team.bind('pusher:member_added', refreshMembers)
  team.bind('pusher:member_removed', refreshMembers)

  for (const name of state.channels) {
    const ch = subscribeRetrying(p, chatChannel(name))
    ch.bind('new-message', (m: Message) => addMessage(m))
    ch.bind('typing', ({ user }: { user: User }) =>
      update((s) => {
        ;(s.typing[name] ??= {})[user.id] = { name: user.name, until: Date.now() + TYPING_SHOWN_MS }
        setTimeout(() => update(() => {}), TYPING_SHOWN_MS + 50)
      }),
    )
    api.fetchMessages(name).then(({ messages }) => messages.forEach((m) => addMessage(m, false)), fail)
  }
  return p
}

export function switchChannel(name: string): void {
  update((s) => {
    s.current = name
    s.unread[name] = 0
  })
}

export async function send(text: string): Promise<void> {
  const me = state.me
  if (!me || !pusher) throw new Error('not connected yet')
  const m = await api.sendMessage(crypto.randomUUID(), state.current, text, me, pusher.connection.socket_id)
  lastTypingSent = 0 // the message ended this burst; the next keystroke starts a new one
  addMessage(m)
  if (state.error) update((s) => void (s.error = ''))
}

export function typing(): void {
  const me = state.me
  const now = Date.now()
  if (!me || !pusher || now - lastTypingSent < TYPING_RESEND_MS) return
  lastTypingSent = now
  api.sendTyping(state.current, me, pusher.connection.socket_id).catch(fail)
}
