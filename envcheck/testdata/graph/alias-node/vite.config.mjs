import { defineConfig } from 'vite'
import { fileURLToPath } from 'node:url'

// A function config with computed aliases: only node can read it.
const src = fileURLToPath(new URL('./src', import.meta.url))

export default defineConfig(({ mode }) => ({
  resolve: {
    alias: [
      { find: /^@\//, replacement: src + '/' },
      { find: 'pusher-wrapper', replacement: src + '/services/chat.js' },
    ],
  },
  define: { __MODE__: JSON.stringify(mode) },
}))
