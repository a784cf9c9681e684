// The server SDK's trigger (one channel, several channels) and triggerBatch
// reach every subscriber once, in order, with data intact.
import { assert, client, connected, eventually, getJSON, main, record, server, subscribed } from './lib.mjs';

main(async () => {
  const a = client();
  const b = client();
  await Promise.all([connected(a), connected(b)]);
  const [a1, a2, b1] = await Promise.all([subscribed(a, 'news'), subscribed(a, 'sports'), subscribed(b, 'news')]);
  const ra1 = record(a1.ch), ra2 = record(a2.ch), rb1 = record(b1.ch);
  const sdk = server();

  const res = await sdk.trigger('news', 'headline', { n: 1, text: 'ünïcödé ✓' });
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), {}, 'trigger answers {} on success');
  await sdk.trigger(['news', 'sports'], 'both', { n: 2 });
  const batch = await sdk.triggerBatch([
    { channel: 'news', name: 'b', data: { n: 3 } },
    { channel: 'sports', name: 'b', data: { n: 4 } },
    { channel: 'news', name: 'b', data: 'five' },
  ]);
  assert.deepEqual(await batch.json(), {}, 'batch answers {} on success');
  await sdk.trigger('news', 'end', {});

  for (const [r, what] of [[ra1, 'a on news'], [rb1, 'b on news'], [ra2, 'a on sports']]) {
    await r.wait((e) => e.event === 'end' || (what.endsWith('sports') && e.event === 'b' && e.data.n === 4), `last event for ${what}`);
  }
  const user = (r) => r.log.filter((e) => !e.event.startsWith('pusher:')).map((e) => [e.event, e.data]);
  const newsWant = [['headline', { n: 1, text: 'ünïcödé ✓' }], ['both', { n: 2 }], ['b', { n: 3 }], ['b', 'five'], ['end', {}]];
  assert.deepEqual(user(ra1), newsWant, 'a on news');
  assert.deepEqual(user(rb1), newsWant, 'b on news');
  assert.deepEqual(user(ra2), [['both', { n: 2 }], ['b', { n: 4 }]], 'a on sports');

  // After unsubscribe the server sends nothing more for that channel: watch
  // the raw frames, since pusher-js itself drops events of unknown channels.
  const frames = record(a);
  a.unsubscribe('sports');
  // The REST trigger may overtake the unsubscribe frame: wait until the
  // server has processed it (a was sports' only subscriber).
  await eventually(async () => (await getJSON('/channels/sports', { info: 'subscription_count' })).occupied === false,
    'sports to be unoccupied after a unsubscribed');
  await sdk.trigger('sports', 'late', {});
  await sdk.trigger('news', 'end2', {});
  await frames.wait((e) => e.event === 'end2', 'end2 on news at a');
  assert.deepEqual(frames.events('late'), [], 'a got an event for a channel it unsubscribed from');
});
