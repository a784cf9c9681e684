/// <reference types="vite/client" />

// The variables the browser code reads; all are strings (Vite never types them).
interface ImportMetaEnv {
  readonly VITE_PUSHER_KEY: string
  readonly VITE_PUSHER_CLUSTER: string
  readonly VITE_PUSHER_AUTH_ENDPOINT?: string
  readonly VITE_PUSHER_HOST?: string
  readonly VITE_PUSHER_PORT?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
