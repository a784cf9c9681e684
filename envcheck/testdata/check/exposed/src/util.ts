import { readFileSync } from 'node:fs'

export function readConfig() {
  return readFileSync('/etc/app.json', 'utf8')
}
