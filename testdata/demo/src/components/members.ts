// Who is online: the members of the presence-team channel. One entry per
// user, however many tabs they have open (the Pusher server deduplicates).
import { avatar, h, mount } from '../dom'
import { state, subscribe } from '../store'

const el = mount('#members')
const me = mount('#me')

function render(): void {
  el.replaceChildren(
    h('h2', {}, `Online — ${state.members.length}`),
    h('ul', {},
      ...state.members.map((u) =>
        h('li', { class: 'member', 'data-user-id': u.id },
          avatar(u.name, u.id), h('span', { class: 'name' }, u.name),
          u.id === state.me?.id ? h('span', { class: 'you' }, 'you') : null,
        ),
      ),
    ),
  )
  me.replaceChildren(
    ...(state.me ? [avatar(state.me.name, state.me.id), h('span', { class: 'name', id: 'me-name' }, state.me.name)] : []),
  )
}

const stop = subscribe(render)

if (import.meta.hot) {
  import.meta.hot.dispose(stop)
  import.meta.hot.accept()
}
