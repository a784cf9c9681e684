// Entry point: styles, components (each renders itself from the store and
// hot-updates on its own), then the Pusher connection.
import './style.css'
import './components/channels'
import './components/members'
import './components/header'
import './components/messages'
import './components/typing'
import './components/composer'
import { start } from './chat'

start()
