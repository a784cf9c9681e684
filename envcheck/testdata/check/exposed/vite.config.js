import { defineConfig } from 'vite'

export default defineConfig({
  envPrefix: ['VITE_', 'APP_'],
  define: {
    'process.env': process.env,
  },
})
