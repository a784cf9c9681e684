import { defineConfig } from 'vite'

// envDir and envPrefix are plain literals: read without node.
export default defineConfig({
  plugins: [],
  envDir: 'config', // comment
  envPrefix: ['APP_', "PUBLIC_"],
  server: { port: 3000, proxy: { '/api': { target: `http://localhost:${8080}` } } },
  define: {
    __VERSION__: JSON.stringify('1.2.3'),
    'process.env': process.env,
  },
})
