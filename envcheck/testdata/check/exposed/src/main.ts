import { readConfig } from './util'

const env = import.meta.env
console.log(JSON.stringify(env), env.APP_NAME, readConfig())
