import Pusher from 'chat-sdk'
export const chat = new Pusher({})
