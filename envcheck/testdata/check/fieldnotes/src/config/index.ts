import Pusher from 'pusher-js'

export const PUSHER_KEY = import.meta.env.VITE_PUSHER_KEY || ''
export const PUSHER_CLUSTER = import.meta.env.VITE_PUSHER_CLUSTER || 'us2'
export const PUSHER_ENABLED = import.meta.env.VITE_PUSHER_ENABLED === 'true'
export const PUSHER_AUTH_ENDPOINT = '/api/v1/pusher/auth'

export const pusher = new Pusher(PUSHER_KEY, {
  cluster: PUSHER_CLUSTER,
  authEndpoint: PUSHER_AUTH_ENDPOINT,
  forceTLS: true,
})
