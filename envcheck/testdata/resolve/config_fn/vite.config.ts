import { defineConfig } from 'vite'

const prefix: string = ['PUB', 'LIC_'].join('')
export default defineConfig(({ mode }) => ({
  envPrefix: prefix,
  envDir: mode === 'development' ? 'envs' : '.',
  define: { __MODE__: JSON.stringify(mode) },
}))
