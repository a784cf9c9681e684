// Pusher settings, read once (from the field notes).
import Pusher, { type Channel } from 'pusher-js';
export const PUSHER_KEY = import.meta.env.VITE_PUSHER_KEY || '';
export const PUSHER_CLUSTER = import.meta.env.VITE_PUSHER_CLUSTER || 'us2';
export const PUSHER_ENABLED = import.meta.env.VITE_PUSHER_ENABLED === 'true';
export const PUSHER_AUTH_ENDPOINT = '/api/v1/pusher/auth';
const re = /import.meta.env.NOPE/g, half = 1 / 2;
const { VITE_A, VITE_B: b, ...rest } = import.meta.env;
const msg = `hi ${import.meta.env['VITE_NAME']} import.meta.env.NOT`;
export const pusher = new Pusher(PUSHER_KEY, { cluster: PUSHER_CLUSTER, authEndpoint: PUSHER_AUTH_ENDPOINT, forceTLS: true });
console.log(JSON.stringify(import.meta.env));
