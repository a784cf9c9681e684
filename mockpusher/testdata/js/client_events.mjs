// Client events: delivered to the channel's other subscribers, never echoed
// to the sender, user_id added on presence channels, refused on public ones.
import { assert, browserAuth, client, connected, main, record, server, subscribed, within } from './lib.mjs';

// metaLog records one client event with the metadata pusher-js passes.
function metaLog(ch, name) {
  const log = [];
  ch.bind(name, (data, metadata) => log.push({ data, metadata }));
  return log;
}

main(async () => {
  const sdk = server();

  // Private channel: a -> b, and b -> a, never back to the sender.
  const a = client();
  const b = client();
  await Promise.all([connected(a), connected(b)]);
  const pa = await subscribed(a, 'private-chat');
  const pb = await subscribed(b, 'private-chat');
  const ra = record(pa.ch), rb = record(pb.ch);
  assert.equal(pa.ch.trigger('client-typing', { who: 'a' }), true, 'pusher-js accepted client-typing');
  await rb.wait((e) => e.event === 'client-typing', 'client-typing from a at b');
  pb.ch.trigger('client-typing', { who: 'b' });
  await ra.wait((e) => e.event === 'client-typing', 'client-typing from b at a');
  await sdk.trigger('private-chat', 'marker', {});
  await ra.wait((e) => e.event === 'marker', 'marker at a');
  await rb.wait((e) => e.event === 'marker', 'marker at b');
  assert.deepEqual(ra.events('client-typing').map((e) => e.data), [{ who: 'b' }], 'a sees only b\'s client event (no echo)');
  assert.deepEqual(rb.events('client-typing').map((e) => e.data), [{ who: 'a' }], 'b sees only a\'s client event (no echo)');

  // Presence channel: two users; the receiver learns who sent it.
  const u1 = client(browserAuth());
  const u2 = client(browserAuth());
  await Promise.all([connected(u1), connected(u2)]);
  const s1 = await subscribed(u1, 'presence-chat');
  const s2 = await subscribed(u2, 'presence-chat');
  const id1 = s1.data.me.id, id2 = s2.data.me.id;
  assert.notEqual(id1, id2, 'two browser profiles are two users');
  const at2 = metaLog(s2.ch, 'client-msg');
  const at1 = metaLog(s1.ch, 'client-msg');
  const r2 = record(s2.ch), r1 = record(s1.ch);
  s1.ch.trigger('client-msg', { text: 'hi from 1' });
  await r2.wait((e) => e.event === 'client-msg', 'client-msg at user 2');
  await sdk.trigger('presence-chat', 'marker', {});
  await r1.wait((e) => e.event === 'marker', 'marker at user 1');
  await r2.wait((e) => e.event === 'marker', 'marker at user 2');
  assert.deepEqual(at1, [], 'presence client event echoed to its sender');
  assert.equal(at2.length, 1);
  assert.deepEqual(at2[0].data, { text: 'hi from 1' });
  assert.equal(at2[0].metadata && at2[0].metadata.user_id, id1, `metadata ${JSON.stringify(at2[0].metadata)} names the sender`);

  // Public channel: Pusher refuses client events there with pusher:error.
  const c = client();
  const d = client();
  await Promise.all([connected(c), connected(d)]);
  const pc = await subscribed(c, 'public-chat');
  const rd = record((await subscribed(d, 'public-chat')).ch);
  const err = within(new Promise((resolve) => c.connection.bind('error', resolve)), 'pusher:error for a client event on a public channel');
  pc.ch.trigger('client-nope', { x: 1 });
  const e = await err;
  assert.match(JSON.stringify(e), /private|presence/i, 'the error says client events need a private or presence channel');
  await sdk.trigger('public-chat', 'marker', {});
  await rd.wait((e) => e.event === 'marker', 'marker at d');
  assert.deepEqual(rd.events('client-nope'), [], 'client event on a public channel was delivered');
});
