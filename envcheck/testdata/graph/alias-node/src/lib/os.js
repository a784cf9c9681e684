import { hostname } from 'os'
export const host = hostname()
