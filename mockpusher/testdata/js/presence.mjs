// Presence with two users on three connections, watched by a third user:
// member_added fires once per user, member_removed only when a user's last
// connection leaves. Counted on the raw protocol frames, so pusher-js's own
// member bookkeeping cannot hide a duplicate.
import { assert, browserAuth, client, connected, eventually, getJSON, main, record, server, subscribed } from './lib.mjs';

const CH = 'presence-room';

main(async () => {
  const sdk = server();
  const observer = client(browserAuth());
  await connected(observer);
  const raw = record(observer);
  const obs = await subscribed(observer, CH);
  const me = obs.data.me.id;

  const user1 = browserAuth(); // one browser profile, two tabs
  const user2 = browserAuth();
  const a = client(user1), b = client(user1), c = client(user2);
  await Promise.all([connected(a), connected(b), connected(c)]);
  const sa = await subscribed(a, CH);
  const sb = await subscribed(b, CH);
  const sc = await subscribed(c, CH);
  const id1 = sa.data.me.id, id2 = sc.data.me.id;
  assert.equal(sb.data.me.id, id1, 'two tabs of one browser profile are one user');
  assert.notEqual(id1, id2, 'two browser profiles are two users');
  assert.notEqual(id1, me);
  assert.equal(sb.data.count, 2, 'second tab of user 1 sees 2 members (observer, user 1)');
  assert.equal(sc.data.count, 3, 'user 2 sees 3 members');

  const marker = async (n) => {
    await sdk.trigger(CH, 'marker', { n });
    await raw.wait((e) => e.event === 'marker' && e.data && e.data.n === n, `marker ${n} at the observer`);
  };
  const added = () => raw.events('pusher_internal:member_added', CH).map((e) => e.data.user_id);
  const removed = () => raw.events('pusher_internal:member_removed', CH).map((e) => e.data.user_id);

  await marker(1);
  assert.deepEqual(added().sort(), [id1, id2].sort(), 'member_added once per user, not per connection');
  assert.deepEqual(removed(), []);
  assert.equal(obs.ch.members.count, 3);
  const users = await getJSON(`/channels/${CH}/users`);
  assert.deepEqual(users.users.map((u) => u.id).sort(), [me, id1, id2].sort(), '/users lists each user once');

  // User 1 closes one of two tabs: still a member.
  b.disconnect();
  await eventually(async () => (await getJSON(`/channels/${CH}`, { info: 'subscription_count' })).subscription_count === 3,
    'subscription_count 3 after closing one of user 1\'s two connections');
  await marker(2);
  assert.deepEqual(removed(), [], 'member_removed fired while user 1 still had a connection');

  // User 2 leaves: removed at once.
  c.disconnect();
  await raw.wait((e) => e.event === 'pusher_internal:member_removed' && e.data.user_id === id2, 'member_removed for user 2');
  // User 1's last tab leaves: removed now.
  a.disconnect();
  await raw.wait((e) => e.event === 'pusher_internal:member_removed' && e.data.user_id === id1, 'member_removed for user 1');
  await marker(3);
  assert.deepEqual(removed(), [id2, id1], 'member_removed once per user, when the last connection left');
  assert.deepEqual(added().sort(), [id1, id2].sort(), 'no member_added after the first per user');
  assert.equal(obs.ch.members.count, 1);
  const after = await getJSON(`/channels/${CH}/users`);
  assert.deepEqual(after.users.map((u) => u.id), [me]);
});
