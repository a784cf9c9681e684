import { chat } from '@/services/chat'
import { old } from 'legacy-net'
import { u } from '~/util.js'
import '@scope/not-an-alias'
import 'legacy-'

console.log(chat, old, u)
