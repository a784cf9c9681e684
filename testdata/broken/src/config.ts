// Mistake: the flag is set as VITE_ENABLE_PUSHER, so this is always false.
export const PUSHER_ENABLED = import.meta.env.VITE_PUSHER_ENABLED === 'true'
export const PUSHER_KEY = import.meta.env.VITE_PUSHER_KEY || ''
export const PUSHER_CLUSTER = import.meta.env.VITE_PUSHER_CLUSTER || 'us2'
// Mistake: the env says /api/pusher/auth, and that is what the backend serves.
export const PUSHER_AUTH_ENDPOINT = '/api/v1/pusher/auth'
