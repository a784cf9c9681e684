// pusher-js with a key the server does not know gets close code 4001 as a
// PusherError and does not keep reconnecting.
import { assert, client, main, within } from './lib.mjs';

main(async () => {
  const p = client({ key: 'not-the-app-key' });
  const states = [];
  p.connection.bind('state_change', ({ current }) => states.push(current));
  const got = await within(new Promise((resolve) => p.connection.bind('error', resolve)), 'an error for the wrong key');
  // pusher-js wraps the close as {type: 'WebSocketError', error: PusherError}.
  const e = got.type === 'WebSocketError' && got.error ? got.error : got;
  assert.equal(e.type, 'PusherError', JSON.stringify(e));
  assert.equal(e.data.code, 4001, `error ${JSON.stringify(e)} has code 4001`);
  assert.match(String(e.data.message), /not-the-app-key|key/i, 'the message names the key problem');
  await within(new Promise((resolve) => {
    if (p.connection.state !== 'connecting' && p.connection.state !== 'initialized') resolve();
    p.connection.bind('state_change', ({ current }) => current !== 'connecting' && resolve());
  }), 'pusher-js to stop connecting');
  assert.ok(!states.includes('connected'), `states ${states} include connected`);
});
