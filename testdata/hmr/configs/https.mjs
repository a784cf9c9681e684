// (f) Vite on HTTPS with a self-signed certificate, as server.https with
// mkcert or @vitejs/plugin-basic-ssl sets it up; devproxy attaches to https://.
import fs from 'node:fs';

export default {
  clearScreen: false,
  server: {
    https: { key: fs.readFileSync(process.env.E2E_TLS_KEY), cert: fs.readFileSync(process.env.E2E_TLS_CERT) },
  },
};
