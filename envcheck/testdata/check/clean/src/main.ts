const base = import.meta.env.VITE_API_URL
fetch(`${base}/health`).then(() => console.log(import.meta.env.MODE))
