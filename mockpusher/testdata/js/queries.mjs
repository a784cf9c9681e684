// The server SDK's get: /channels (with filter_by_prefix and user_count),
// /channels/{name} (occupied, user_count, subscription_count) and
// /channels/{name}/users, plus Pusher's 400s for questions that do not apply.
import { assert, browserAuth, client, connected, getJSON, main, server, subscribed } from './lib.mjs';

async function status(path, params) {
  try {
    const res = await server().get({ path, params });
    return res.status;
  } catch (e) {
    return e.status; // the SDK rejects non-2xx with a RequestError carrying status
  }
}

main(async () => {
  const a = client(browserAuth()), b = client(browserAuth());
  await Promise.all([connected(a), connected(b)]);
  await subscribed(a, 'q-public');
  await subscribed(b, 'q-public');
  await subscribed(a, 'private-q');
  const pa = await subscribed(a, 'presence-q');
  const pb = await subscribed(b, 'presence-q');
  const ids = [pa.data.me.id, pb.data.me.id].sort();

  const all = await getJSON('/channels');
  assert.deepEqual(Object.keys(all.channels).sort(), ['presence-q', 'private-q', 'q-public']);
  assert.deepEqual(await getJSON('/channels', { filter_by_prefix: 'presence-', info: 'user_count' }),
    { channels: { 'presence-q': { user_count: 2 } } });
  assert.deepEqual(await getJSON('/channels', { filter_by_prefix: 'q-' }), { channels: { 'q-public': {} } });

  assert.deepEqual(await getJSON('/channels/presence-q', { info: 'user_count,subscription_count' }),
    { occupied: true, user_count: 2, subscription_count: 2 });
  assert.deepEqual(await getJSON('/channels/q-public', { info: 'subscription_count' }),
    { occupied: true, subscription_count: 2 });
  const empty = await getJSON('/channels/nobody-here');
  assert.equal(empty.occupied, false, `unoccupied channel: ${JSON.stringify(empty)}`);

  const users = await getJSON('/channels/presence-q/users');
  assert.deepEqual(users.users.map((u) => u.id).sort(), ids);

  assert.equal(await status('/channels/q-public', { info: 'user_count' }), 400, 'user_count on a non-presence channel');
  assert.equal(await status('/channels/q-public/users'), 400, 'users of a non-presence channel');
  assert.equal(await status('/channels', { info: 'user_count' }), 400, 'user_count without filter_by_prefix=presence-');
});
