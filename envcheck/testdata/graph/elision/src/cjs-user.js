import lib from 'cjs-lib'
import { esm } from 'esm-lib'

export default [lib, esm]
