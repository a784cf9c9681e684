import type Pusher from 'pusher'
import type { Options } from 'pusher'

export let p: Pusher | null = null
export const o: Partial<Options> = {}
