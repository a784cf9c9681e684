export async function hash(s: string) {
  const { createHash } = await import('crypto')
  return createHash('sha1').update(s).digest('hex')
}
export type Os = typeof import('os')
export let path: import('path').ParsedPath | undefined
