// The message list of the current channel, consecutive messages from one
// person grouped under one name.
import { avatar, clock, h, mount } from '../dom'
import { state, subscribe, type Message } from '../store'

const el = mount('#messages')
const GROUP_MS = 5 * 60 * 1000

function item(m: Message, prev: Message | undefined): HTMLElement {
  const grouped = prev !== undefined && prev.user.id === m.user.id && m.at - prev.at < GROUP_MS
  return h('li', { class: grouped ? 'message grouped' : 'message', 'data-id': m.id },
    grouped ? h('span', { class: 'gutter' }) : avatar(m.user.name, m.user.id),
    h('div', { class: 'body' },
      grouped ? null : h('div', { class: 'meta' }, h('strong', {}, m.user.name), h('time', {}, clock(m.at))),
      h('p', { class: 'text' }, m.text),
    ),
  )
}

function render(): void {
  const list = state.messages[state.current] ?? []
  const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 40
  el.replaceChildren(
    ...(list.length === 0
      ? [h('li', { class: 'empty' }, `This is the start of #${state.current}. Say hello!`)]
      : list.map((m, i) => item(m, list[i - 1]))),
  )
  if (atBottom) el.scrollTop = el.scrollHeight
}

const stop = subscribe(render)

if (import.meta.hot) {
  import.meta.hot.dispose(stop)
  import.meta.hot.accept()
}
