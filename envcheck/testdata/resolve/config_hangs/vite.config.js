// A config that never finishes loading and leaves a child process behind.
import { spawn } from 'node:child_process'

export default async () => {
  spawn('sleep', ['299.25'], { stdio: 'ignore' })
  setInterval(() => {}, 1000)
  await new Promise(() => {})
  return { envPrefix: 'NEVER_' }
}
