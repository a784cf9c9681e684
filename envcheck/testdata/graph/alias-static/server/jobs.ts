// reached through the #server alias
import { readFileSync } from 'node:fs'
readFileSync('jobs.json')
