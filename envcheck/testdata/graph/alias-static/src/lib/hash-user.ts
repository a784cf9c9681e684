// not an entry: tsconfig paths must still apply here
import { digest } from '$lib/digest'
export const hash = digest
