import { type Options, default as Pusher } from 'pusher'

const opts: Options = { appId: '1', key: 'k', secret: 's', cluster: 'eu' }
export const trigger = () => new Pusher(opts).trigger('c', 'e', {})
