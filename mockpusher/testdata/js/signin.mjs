// pusher:signin through the mock's /pusher/user-auth, then the server SDK's
// sendToUser reaches every connection of that user and nobody else.
import { assert, browserAuth, client, connected, eventually, main, server, within } from './lib.mjs';

// signedIn signs p in and waits until its #server-to-user- channel is subscribed.
async function signedIn(p) {
  await connected(p);
  const failed = new Promise((_, reject) => p.user.bind('pusher:signin_error', (e) => reject(new Error(`signin_error: ${JSON.stringify(e)}`))));
  p.signin();
  await within(Promise.race([p.user.signinDonePromise, failed]), 'pusher:signin_success');
  const data = p.user.user_data;
  assert.ok(data && typeof data.id === 'string' && data.id !== '', `user_data ${JSON.stringify(data)} has a string id`);
  await eventually(() => p.user.serverToUserChannel && p.user.serverToUserChannel.subscribed, `#server-to-user-${data.id} subscribed`);
  return data.id;
}

function userLog(p) {
  const log = [];
  p.user.bind_global((event, data) => log.push({ event, data }));
  return log;
}

main(async () => {
  const profile1 = browserAuth();
  const a = client(profile1), b = client(profile1), c = client(browserAuth());
  const ida = await signedIn(a);
  const idb = await signedIn(b);
  const idc = await signedIn(c);
  assert.equal(ida, idb, 'two tabs of one profile sign in as one user');
  assert.notEqual(ida, idc, 'another profile is another user');
  const la = userLog(a), lb = userLog(b), lc = userLog(c);

  const sdk = server();
  const res = await sdk.sendToUser(ida, 'notice', { text: 'for user 1' });
  assert.equal(res.status, 200);
  await sdk.sendToUser(idc, 'marker', {});
  await eventually(() => la.length > 0 && lb.length > 0, 'notice at both of user 1\'s connections');
  await eventually(() => lc.some((e) => e.event === 'marker'), 'marker at user 2');
  assert.deepEqual(la, [{ event: 'notice', data: { text: 'for user 1' } }]);
  assert.deepEqual(lb, [{ event: 'notice', data: { text: 'for user 1' } }]);
  assert.deepEqual(lc.map((e) => e.event), ['marker'], 'user 2 got user 1\'s notice');
});
