// The message box. Sending goes to the backend's /api/chat/send-message; the
// error banner shows what failed and why.
import { h, mount } from '../dom'
import { state, subscribe, update } from '../store'
import { send, typing } from '../chat'

const form = mount('#composer') as HTMLFormElement
const input = form.querySelector('input')!
const button = form.querySelector('button')!

let banner: HTMLElement | null = null

function render(): void {
  const ready = state.me !== null
  input.disabled = !ready
  button.disabled = !ready
  input.placeholder = ready ? `Message #${state.current}` : 'Connecting…'
  banner?.remove()
  banner = state.error ? h('p', { class: 'error', role: 'alert' }, state.error) : null
  if (banner) form.before(banner)
}

async function onSubmit(e: SubmitEvent): Promise<void> {
  e.preventDefault()
  const text = input.value.trim()
  if (!text) return
  input.value = ''
  try {
    await send(text)
  } catch (err) {
    input.value = text
    console.error('[demo]', err)
    update((s) => {
      s.error = err instanceof Error ? err.message : String(err)
    })
  }
}

const onInput = () => {
  if (input.value.trim()) typing()
}

form.addEventListener('submit', onSubmit)
input.addEventListener('input', onInput)
const stop = subscribe(render)

if (import.meta.hot) {
  import.meta.hot.dispose(() => {
    stop()
    banner?.remove()
    form.removeEventListener('submit', onSubmit)
    input.removeEventListener('input', onInput)
  })
  import.meta.hot.accept()
}
