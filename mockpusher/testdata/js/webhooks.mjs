// Webhooks for every event type, each accepted by the server SDK's own
// validator (pusher.webhook(req).isValid()): key, HMAC signature of the raw
// body, Content-Type exactly application/json, time_ms in milliseconds.
// The Go test receives them at /__test/hook and lists them at /__test/hooks.
import { assert, browserAuth, cfg, client, connected, eventually, main, server, subscribed, within } from './lib.mjs';

async function hooks() {
  const res = await fetch(cfg.url + '/__test/hooks');
  return res.json();
}

main(async () => {
  const started = Date.now();
  const sdk = server();
  const a = client(browserAuth()), b = client(browserAuth());
  const [aSocket] = await Promise.all([connected(a), connected(b)]);
  const sa = await subscribed(a, 'presence-hook');
  const sb = await subscribed(b, 'presence-hook');
  const ida = sa.data.me.id, idb = sb.data.me.id;
  sa.ch.trigger('client-hello', { x: 1 });
  const cache = a.subscribe('cache-empty');
  await within(new Promise((resolve) => cache.bind('pusher:cache_miss', resolve)), 'pusher:cache_miss on cache-empty');
  b.disconnect();
  a.disconnect();

  const want = (evs) => ['channel_occupied', 'member_added', 'client_event', 'cache_miss', 'member_removed', 'channel_vacated']
    .every((name) => evs.some((e) => e.name === name && e.channel === 'presence-hook' || (name === 'cache_miss' && e.name === name)))
    && evs.filter((e) => e.name === 'member_removed').length >= 2
    && evs.filter((e) => e.name === 'channel_vacated' && e.channel === 'presence-hook').length >= 1;
  let list = [];
  const events = () => list.flatMap((h) => JSON.parse(h.rawBody).events);
  await eventually(async () => { list = await hooks(); return want(events()); },
    'webhooks for channel_occupied, member_added, client_event, cache_miss, member_removed and channel_vacated');

  for (const h of list) {
    const wh = sdk.webhook({ headers: h.headers, rawBody: h.rawBody });
    assert.equal(h.headers['content-type'], 'application/json');
    assert.equal(wh.isValid(), true, `SDK rejects webhook ${JSON.stringify(h)}`);
    const t = wh.getTime().getTime();
    assert.ok(t >= started - 5000 && t <= Date.now() + 5000, `time_ms ${t} is not unix milliseconds of this run`);
    // The validator is really checking: a changed body or a charset fails.
    assert.equal(sdk.webhook({ headers: h.headers, rawBody: h.rawBody.replace('"events"', ' "events"') }).isValid(), false);
    assert.equal(sdk.webhook({ headers: { ...h.headers, 'content-type': 'application/json; charset=utf-8' }, rawBody: h.rawBody }).isValid(), false);
  }

  const evs = events();
  const on = (name, channel = 'presence-hook') => evs.filter((e) => e.name === name && e.channel === channel);
  assert.equal(on('channel_occupied').length, 1, 'one channel_occupied');
  assert.equal(on('channel_vacated').length, 1, 'one channel_vacated');
  assert.deepEqual(on('member_added').map((e) => e.user_id).sort(), [ida, idb].sort());
  assert.deepEqual(on('member_removed').map((e) => e.user_id).sort(), [ida, idb].sort());
  const ce = on('client_event');
  assert.equal(ce.length, 1, JSON.stringify(ce));
  assert.equal(ce[0].event, 'client-hello');
  assert.equal(ce[0].socket_id, aSocket);
  assert.equal(ce[0].user_id, ida);
  assert.deepEqual(JSON.parse(ce[0].data), { x: 1 });
  assert.equal(on('cache_miss', 'cache-empty').length, 1, 'one cache_miss for cache-empty');
});
