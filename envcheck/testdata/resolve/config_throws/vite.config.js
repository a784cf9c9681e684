// A warning on stderr (coloured, as in CI) comes before the error.
console.warn('\x1b[33mconfig: a deprecation warning\x1b[39m')
export default (() => { throw new Error("config exploded: missing API_URL\nstack...") })()
