import Pusher from 'pusher'

const pusher = new Pusher({
  appId: import.meta.env.VITE_PUSHER_APP_ID,
  key: import.meta.env.VITE_PUSHER_KEY,
  secret: import.meta.env.VITE_PUSHER_SECRET,
  cluster: 'us2',
})

export function triggerPusherEvent(channel: string, event: string, data: unknown) {
  return pusher.trigger(channel, event, data)
}
