import { hostname } from 'os'
export const fmt = () => hostname()
