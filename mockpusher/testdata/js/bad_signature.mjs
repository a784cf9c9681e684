// An app auth endpoint that signs with the wrong secret: the server answers
// pusher:error quoting the string it expected to be signed, and the channel
// is not subscribed. An auth endpoint that refuses gives pusher-js's
// pusher:subscription_error with the status, and so does the mock's own
// endpoint for a channel name Pusher would refuse.
import { assert, cfg, client, connected, main, within } from './lib.mjs';

main(async () => {
  const p = client({ authPath: '/__test/wrong-secret-auth' });
  const socketID = await connected(p);
  const ch = p.subscribe('private-foobar');
  let succeeded = false;
  ch.bind('pusher:subscription_succeeded', () => { succeeded = true; });
  const e = await within(new Promise((resolve) => p.connection.bind('error', resolve)), 'pusher:error for a bad signature');
  assert.equal(e.type, 'PusherError', JSON.stringify(e));
  const msg = String(e.data && e.data.message);
  assert.match(msg, /Invalid signature/, msg);
  assert.ok(msg.includes(`${socketID}:private-foobar`), `message ${msg} quotes the signed string ${socketID}:private-foobar`);
  assert.ok(!msg.includes(cfg.secret), 'the error leaks the app secret');
  assert.equal(succeeded, false);
  assert.equal(ch.subscribed, false);

  const q = client({ authPath: '/__test/deny-auth' });
  await connected(q);
  const denied = q.subscribe('private-secret');
  const se = await within(new Promise((resolve) => denied.bind('pusher:subscription_error', resolve)), 'subscription_error from a refusing auth endpoint');
  assert.equal(se.type, 'AuthError');
  assert.equal(se.status, 403);

  // The mock's own /pusher/auth refuses a channel name Pusher would refuse,
  // and pusher-js reports it as subscription_error with the status.
  const r = client();
  await connected(r);
  const bad = r.subscribe('private-no spaces!');
  const be = await within(new Promise((resolve) => bad.bind('pusher:subscription_error', resolve)), 'subscription_error for an invalid channel name');
  assert.equal(be.type, 'AuthError');
  assert.equal(be.status, 400, JSON.stringify(be));
});
