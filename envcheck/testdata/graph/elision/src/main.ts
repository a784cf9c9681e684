// Each case is imported for its side effects, so the entry keeps them all.
import './type-only'
import './value-use'
import './import-type'
import './inline-type'
import './inline-type-unused'
import './side-effect'
import './dynamic'
import './reexport'
import './not-imports'
import './cjs-user'
import './view'
import App from './App.vue'
console.log(App)
