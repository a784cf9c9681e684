// In-memory message store: the last MAX_PER_CHANNEL messages of each channel.
import { randomUUID } from 'node:crypto'

export const CHANNELS = ['general', 'random']
export const MAX_TEXT = 2000
export const MAX_NAME = 64
export const MAX_USER_ID = 128 // Pusher's limit for presence user ids
const MAX_PER_CHANNEL = 200

export class MessageStore {
  #byChannel = new Map(CHANNELS.map((c) => [c, []]))

  has(channel) {
    return this.#byChannel.has(channel)
  }

  list(channel) {
    return [...(this.#byChannel.get(channel) ?? [])]
  }

  // add saves a message, or returns {message, duplicate: true} when the
  // client's id was already saved (a retried request).
  add(channel, text, user, id = randomUUID()) {
    const list = this.#byChannel.get(channel)
    const seen = list.find((m) => m.id === id)
    if (seen) return { message: seen, duplicate: true }
    const m = { id, channel, text, user, at: Date.now() }
    list.push(m)
    if (list.length > MAX_PER_CHANNEL) list.splice(0, list.length - MAX_PER_CHANNEL)
    return { message: m, duplicate: false }
  }
}

// validate checks a send-message or typing body and returns
// {channel, text, user, socketId} or throws an Error whose message says what
// is wrong (shown to the developer as the 400 body).
export function validate(body, store, { needText }) {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new Error('body must be a JSON object like {"channel":"general","text":"hi","user":{"id":"1","name":"ada"}}')
  }
  const { id, channel, text, user, socket_id: socketId } = body
  if (id !== undefined && (typeof id !== 'string' || !/^[A-Za-z0-9_-]{8,64}$/.test(id))) {
    throw new Error(`id must be 8 to 64 letters, digits, - or _ (a client-made id such as crypto.randomUUID()); got ${JSON.stringify(id)}`)
  }
  if (typeof channel !== 'string' || !store.has(channel)) {
    throw new Error(`channel must be one of ${CHANNELS.join(', ')}; got ${JSON.stringify(channel)}`)
  }
  if (needText && (typeof text !== 'string' || text.trim() === '' || text.length > MAX_TEXT)) {
    throw new Error(`text must be a non-empty string of at most ${MAX_TEXT} characters`)
  }
  if (
    user === null || typeof user !== 'object' ||
    typeof user.id !== 'string' || user.id === '' || user.id.length > MAX_USER_ID ||
    typeof user.name !== 'string' || user.name === '' || user.name.length > MAX_NAME
  ) {
    throw new Error('user must be {"id":"…","name":"…"} (the presence member the page got from presence-team)')
  }
  if (socketId !== undefined && socketId !== null && !/^\d+\.\d+$/.test(String(socketId))) {
    throw new Error(`socket_id must look like 123.456; got ${JSON.stringify(socketId)}`)
  }
  return {
    id,
    channel,
    text: needText ? text.trim() : undefined,
    user: { id: user.id, name: user.name },
    socketId: socketId || undefined,
  }
}
