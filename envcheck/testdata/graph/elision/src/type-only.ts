// A binding used only in type positions: TypeScript and esbuild drop the import.
import { Channel } from 'pusher'
import * as PusherTypes from 'pusher'

let channel: Channel | undefined
export function subscribe(c: Channel): PusherTypes.Channel {
  channel = c
  return c
}
export const ready = () => channel !== undefined
