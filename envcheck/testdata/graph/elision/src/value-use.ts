import Pusher from 'pusher'

export const server = new Pusher({ appId: '1', key: 'k', secret: 's', cluster: 'eu' })
