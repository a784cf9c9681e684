// The channel list with unread counts.
import { h, mount } from '../dom'
import { state, subscribe } from '../store'
import { switchChannel } from '../chat'

const el = mount('#channels')

function render(): void {
  el.replaceChildren(
    h('h2', {}, 'Channels'),
    ...state.channels.map((name) => {
      const unread = state.unread[name] ?? 0
      const b = h('button', { type: 'button', class: name === state.current ? 'channel active' : 'channel', 'data-channel': name },
        h('span', { class: 'hash' }, '#'), name,
        unread > 0 ? h('span', { class: 'badge' }, String(unread)) : null,
      )
      b.addEventListener('click', () => switchChannel(name))
      return b
    }),
  )
}

const stop = subscribe(render)

if (import.meta.hot) {
  import.meta.hot.dispose(stop)
  import.meta.hot.accept()
}
