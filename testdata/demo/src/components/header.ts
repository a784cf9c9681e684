// The channel header: name, topic and the live connection state.
// Edit TOPICS and save: Vite hot-updates this module alone (see the
// import.meta.hot block), the chat keeps its messages and its Pusher socket.
import { h, mount } from '../dom'
import { state, subscribe } from '../store'

const TOPICS: Record<string, string> = {
  general: 'Company-wide announcements and chat',
  random: 'Everything else',
}

const el = mount('#header')

function render(): void {
  const live = state.connection === 'connected'
  el.replaceChildren(
    h('div', { class: 'title' },
      h('h1', {}, h('span', { class: 'hash' }, '#'), state.current),
      h('p', { class: 'topic' }, TOPICS[state.current] ?? ''),
    ),
    h('span', {
      class: `status ${live ? 'live' : 'down'}`,
      title: live ? `Pusher socket ${state.socketId}` : 'connecting to Pusher',
      'data-socket-id': state.socketId,
    }, live ? 'live' : state.connection),
  )
}

const stop = subscribe(render)

if (import.meta.hot) {
  import.meta.hot.dispose(stop)
  import.meta.hot.accept()
}
