// A presence channel authorized by the mock's /pusher/auth: the endpoint
// picks a dev identity, and the subscriber sees itself as the one member.
import { assert, client, connected, main, record, server, subscribed } from './lib.mjs';

main(async () => {
  const p = client();
  await connected(p);
  const { ch, data: members } = await subscribed(p, 'presence-lobby');
  assert.equal(members.count, 1, 'member count after the first subscriber joined');
  assert.ok(members.me && typeof members.me.id === 'string' && members.me.id !== '', `members.me = ${JSON.stringify(members.me)}, want a user with a string id`);
  assert.ok(members.get(members.me.id), 'the subscriber is in its own member list');
  const got = record(ch);
  await server().trigger('presence-lobby', 'hello', 'plain string data');
  const ev = await got.wait((e) => e.event === 'hello', 'hello on presence-lobby');
  assert.equal(ev.data, 'plain string data');
});
