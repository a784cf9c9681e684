import { connect, sendMessage } from './services/chat'

const list = document.querySelector('#messages')!
connect((text) => list.append(Object.assign(document.createElement('li'), { textContent: text })))
void sendMessage('hello from the browser')
