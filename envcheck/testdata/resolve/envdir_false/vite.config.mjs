export default {
  envDir: false,
}
