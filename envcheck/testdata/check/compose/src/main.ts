import Pusher from 'pusher-js'

const pusher = new Pusher(import.meta.env.VITE_PUSHER_KEY, {
  cluster: import.meta.env.VITE_PUSHER_CLUSTER,
  channelAuthorization: { endpoint: import.meta.env.VITE_PUSHER_AUTH_ENDPOINT, transport: 'ajax' },
})
if (import.meta.env.VITE_ENABLE_WEBSOCKET !== 'false') {
  connectSocket()
}
function connectSocket() {}
