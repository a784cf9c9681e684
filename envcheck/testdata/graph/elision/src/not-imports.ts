// import 'crypto'
/* require('net')
   import('http') */
const a = "import 'tls'"
const b = `require('zlib') ${a} import('dns')`
const c = /import 'dgram'/.test(b)
export const words = [a, b, c, 'from "child_process"']
