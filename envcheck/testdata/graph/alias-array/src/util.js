import { spawn } from 'child_process'
export const u = spawn
