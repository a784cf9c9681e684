// (a) No HMR options: the client connects to the page's own host and port.
export default {
  clearScreen: false,
};
