// (b) with Vite 8.1+'s new name for the same option: server.ws.port.
export default {
  clearScreen: false,
  server: { ws: { port: Number(process.env.E2E_HMR_PORT) } },
};
