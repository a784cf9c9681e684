// (e) The app served under /app/.
export default {
  clearScreen: false,
  base: '/app/',
};
