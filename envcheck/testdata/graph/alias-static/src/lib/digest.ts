import { createHash } from 'crypto'
export const digest = (s: string) => createHash('sha1').update(s).digest('hex')
