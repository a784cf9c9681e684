export default (() => { throw new Error("config exploded: missing API_URL\nstack...") })()
