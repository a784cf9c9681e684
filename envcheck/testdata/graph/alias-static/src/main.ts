import { chat } from '@/services/chat'
import { fmt } from '~/util/fmt'
import '#server/jobs'
import { missing } from '@/nowhere'
import { hash } from './lib/hash-user'
import { plain } from '@/util/plain'

console.log(chat, fmt, missing, hash, plain)
