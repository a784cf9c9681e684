// "alice is typing…", from the backend's `typing` events.
import { h, mount } from '../dom'
import { state, subscribe, typingIn } from '../store'

const el = mount('#typing')

function render(): void {
  const names = typingIn(state.current)
  const text =
    names.length === 0 ? '' :
    names.length === 1 ? `${names[0]} is typing…` :
    names.length === 2 ? `${names[0]} and ${names[1]} are typing…` :
    'Several people are typing…'
  el.replaceChildren(...(text ? [h('span', { class: 'dots' }, h('i'), h('i'), h('i')), text] : []))
}

const stop = subscribe(render)

if (import.meta.hot) {
  import.meta.hot.dispose(stop)
  import.meta.hot.accept()
}
