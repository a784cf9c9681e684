// (c) A wrong clientPort: the client is told to connect to a port where
// nothing (or something else) listens.
export default {
  clearScreen: false,
  server: { hmr: { clientPort: Number(process.env.E2E_HMR_CLIENT_PORT) } },
};
