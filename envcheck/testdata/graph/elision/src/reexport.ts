export * from './server-bits'
export type { Stats } from './server-types'
