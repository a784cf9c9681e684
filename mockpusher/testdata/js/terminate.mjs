// The server SDK's terminateUserConnections closes every connection of that
// signed-in user, and only those.
import { assert, browserAuth, client, connected, eventually, main, record, server, subscribed, within } from './lib.mjs';

async function signedIn(p) {
  await connected(p);
  p.signin();
  await within(p.user.signinDonePromise, 'pusher:signin_success');
  await eventually(() => p.user.serverToUserChannel && p.user.serverToUserChannel.subscribed, '#server-to-user- subscribed');
  return p.user.user_data.id;
}

// closes records every time p leaves the connected state, and the errors
// (close codes) pusher-js reports.
function watch(p) {
  const w = { left: 0, errors: [] };
  p.connection.bind('state_change', ({ previous }) => { if (previous === 'connected') w.left++; });
  p.connection.bind('error', (e) => w.errors.push(e));
  return w;
}

main(async () => {
  const profile1 = browserAuth();
  const a = client(profile1), b = client(profile1), c = client(browserAuth());
  const id1 = await signedIn(a);
  assert.equal(await signedIn(b), id1);
  const id2 = await signedIn(c);
  assert.notEqual(id1, id2);
  const rc = record((await subscribed(c, 'after')).ch);
  const wa = watch(a), wb = watch(b), wc = watch(c);

  const sdk = server();
  const res = await sdk.terminateUserConnections(id1);
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), {});
  await eventually(() => wa.left > 0 && wb.left > 0, 'both of user 1\'s connections to be closed');
  await sdk.trigger('after', 'marker', {});
  await rc.wait((e) => e.event === 'marker', 'marker at user 2 after terminating user 1');
  assert.equal(wc.left, 0, 'user 2\'s connection was closed too');
  console.error(`terminate: user 1's connections saw ${JSON.stringify(wa.errors.concat(wb.errors))}`);
});
