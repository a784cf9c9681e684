import { pusher, PUSHER_ENABLED } from './config'
import { sendMessage } from './services/chat'

if (PUSHER_ENABLED) {
  pusher.subscribe('private-team-chat')
}
if (import.meta.env.VITE_DEBUG === 'true') {
  console.log('debug on')
}
// import.meta.env.VITE_IN_A_COMMENT is not a read
sendMessage('hello')
