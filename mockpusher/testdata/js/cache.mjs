// cache- channels: a subscriber joining after a trigger gets the last event
// at once; a cache channel with nothing cached answers pusher:cache_miss.
import { assert, client, connected, main, record, server, within } from './lib.mjs';

main(async () => {
  const sdk = server();
  await sdk.trigger('cache-prices', 'price', { v: 1 });
  await sdk.trigger('cache-prices', 'price', { v: 2 });
  const p = client();
  await connected(p);
  const ch = p.subscribe('cache-prices');
  const got = record(ch);
  const ev = await got.wait((e) => e.event === 'price', 'the cached price replayed on subscribe');
  assert.deepEqual(ev.data, { v: 2 }, 'the last event is replayed');
  const empty = p.subscribe('cache-nothing');
  await within(new Promise((resolve) => empty.bind('pusher:cache_miss', resolve)), 'pusher:cache_miss on cache-nothing');
  await sdk.trigger('cache-prices', 'marker', {});
  await got.wait((e) => e.event === 'marker', 'marker on cache-prices');
  assert.equal(got.events('price').length, 1, 'the cached event is replayed once');
});
