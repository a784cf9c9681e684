import { Stats } from 'node:fs'
export type { Stats }
