import chat from 'pusher-wrapper'
import { host } from '@/lib/os'
console.log(chat, host)
