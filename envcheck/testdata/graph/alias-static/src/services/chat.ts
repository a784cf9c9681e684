import Pusher from 'pusher'

export const chat = new Pusher({ appId: '1', key: 'k', secret: 's', cluster: 'eu' })
