export const x = 1
import 'node:fs'
