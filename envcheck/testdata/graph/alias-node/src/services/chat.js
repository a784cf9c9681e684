import Pusher from 'pusher'
export default new Pusher({ appId: '1', key: 'k', secret: 's', cluster: 'eu' })
