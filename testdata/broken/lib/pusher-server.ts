// Server-only: the pusher SDK signs requests with the app secret using Node's
// crypto. Imported from browser code it fails with "createHash is not a function".
import Pusher from 'pusher'

const pusher = new Pusher({
  appId: import.meta.env.VITE_PUSHER_APP_ID,
  key: import.meta.env.VITE_PUSHER_KEY,
  secret: import.meta.env.VITE_PUSHER_SECRET,
  cluster: import.meta.env.VITE_PUSHER_CLUSTER,
  useTLS: true,
})

export function triggerPusherEvent(channel: string, event: string, data: unknown) {
  return pusher.trigger(channel, event, data)
}
