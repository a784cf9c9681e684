// Package e2e proves devproxy against the real things it claims to work with:
// real Vite 5.4, 6, 7 and 8 dev servers, driven by headless Chromium through
// the devproxy binary, the way a developer uses it.
//
// The tests build devproxy once per test binary run, copy the fixture app in
// testdata/hmr to a temp dir per case, and drive the browser through
// testdata/node/hmr/driver.mjs. They need node, testdata/node/node_modules
// (npm ci) and /usr/bin/chromium; the network-namespace cases also need root,
// ip and socat. Missing pieces skip with a message saying which.
//
// Run: go test ./e2e/ (add -v to see each case, -run 'TestHMR/vite6' to narrow;
// E2E_DEVPROXY=/path/to/devproxy tests a prebuilt binary instead of building).
// Findings from running the suite are kept in e2e/STATUS.md.
package e2e
