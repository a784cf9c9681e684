import { message } from './message.js'
document.getElementById('out').textContent = message
if (import.meta.hot) import.meta.hot.accept()
