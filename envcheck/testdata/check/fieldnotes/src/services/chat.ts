import { triggerPusherEvent } from '../lib/pusher-server'

export async function sendMessage(text: string) {
  await triggerPusherEvent('team-chat', 'new-message', { text })
}
