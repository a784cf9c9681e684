// Shared launcher for headless Debian chromium driven by playwright-core.
// Every browser test uses it so the flags that keep Chromium quiet and local
// (no background networking, no DNS beyond loopback) are set in one place.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// hostRules maps extra host names (e.g. "myapp.test") to 127.0.0.1 so a test can
// browse with a name Vite would block, while everything else stays unresolvable.
export function chromiumArgs(extraHosts = []) {
  const maps = extraHosts.map((h) => `MAP ${h} 127.0.0.1`);
  return [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--host-resolver-rules=${[...maps, 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE *.localhost', 'EXCLUDE 127.*', 'EXCLUDE [::1]'].join(', ')}`,
  ];
}

// launch opens a fresh persistent context (a fresh profile = a fresh user) and
// returns {context, close}. close() removes the profile directory.
export async function launch({ extraHosts = [], headless = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'devproxy-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless,
    args: chromiumArgs(extraHosts),
  });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      // Chromium's helpers may still be writing into the profile for a moment.
      try {
        rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      } catch {}
    },
  };
}
