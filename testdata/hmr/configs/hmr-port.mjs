// (b) The compose case: Vite's HMR socket on its own port, which the browser
// is not meant to reach (in a container it is not published).
export default {
  clearScreen: false,
  server: { hmr: { port: Number(process.env.E2E_HMR_PORT) } },
};
