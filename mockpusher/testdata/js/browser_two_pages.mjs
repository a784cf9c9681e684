// Two headless Chromium pages (two browser profiles, so two dev users) load
// a page from the Go test server that also mounts the mock on the same
// origin; both receive an event the server SDK triggers, and see each other
// on a presence channel authorized by the mock's /pusher/auth with the
// per-browser identity cookie.
import { assert, cfg, main, server } from './lib.mjs';
import { launch } from '../../../testdata/node/lib/browser.mjs';

const TIMEOUT = 60000; // bounds each wait; a missing event fails, it is not a speed limit

main(async () => {
  const browsers = [];
  try {
    const pages = [];
    for (let i = 0; i < 2; i++) {
      const b = await launch();
      browsers.push(b);
      const page = await b.context.newPage();
      await page.goto(`${cfg.url}/?key=${cfg.key}`);
      pages.push(page);
    }
    const state = (p) => p.evaluate(() => window.state);
    for (const p of pages) {
      await p.waitForFunction(() => window.state.subscribed.length === 2 && window.state.members === 2, null, { timeout: TIMEOUT })
        .catch(async (e) => { throw new Error(`page not subscribed with 2 members: ${JSON.stringify(await state(p))}: ${e.message}`); });
    }
    const [s0, s1] = [await state(pages[0]), await state(pages[1])];
    assert.notEqual(s0.me, s1.me, 'two browser profiles got one dev identity');

    await server().trigger(['news', 'presence-browsers'], 'headline', { text: 'from the server SDK' });
    for (const p of pages) {
      await p.waitForFunction(() => window.state.received.length === 2, null, { timeout: TIMEOUT })
        .catch(async (e) => { throw new Error(`page did not get both events: ${JSON.stringify(await state(p))}: ${e.message}`); });
      const s = await state(p);
      assert.deepEqual(s.received.map((r) => r.channel).sort(), ['news', 'presence-browsers']);
      for (const r of s.received) assert.deepEqual(r.data, { text: 'from the server SDK' });
      assert.deepEqual(s.errors, []);
    }
  } finally {
    for (const b of browsers) await b.close();
  }
});
