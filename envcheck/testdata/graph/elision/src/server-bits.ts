import { readFileSync } from 'fs'
export const read = (p: string) => readFileSync(p, 'utf8')
