// Shows the API URL Vite resolved from .env, so the test sees the page ran.
document.getElementById('api').textContent = import.meta.env.VITE_API_URL;
