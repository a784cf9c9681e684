// Browser-side chat service. Mistake: it triggers events itself through the
// server SDK instead of calling an API endpoint that does.
import Pusher from 'pusher-js'
import { PUSHER_AUTH_ENDPOINT, PUSHER_CLUSTER, PUSHER_ENABLED, PUSHER_KEY } from '../config'
import { triggerPusherEvent } from '../../lib/pusher-server'

export function connect(onMessage: (text: string) => void): void {
  if (!PUSHER_ENABLED) return
  const pusher = new Pusher(PUSHER_KEY, {
    cluster: PUSHER_CLUSTER,
    channelAuthorization: { endpoint: PUSHER_AUTH_ENDPOINT, transport: 'ajax' },
  })
  pusher.subscribe('private-team-chat').bind('new-message', (m: { text: string }) => onMessage(m.text))
}

export async function sendMessage(text: string): Promise<void> {
  await triggerPusherEvent('private-team-chat', 'new-message', { text })
}
