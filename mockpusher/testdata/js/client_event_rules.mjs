// Client-event rules pusher-js users run into: a client event sent before the
// sender's subscription succeeded is refused and reaches nobody; more than 10
// per second closes the sender with 4301, which pusher-js does not retry.
import { assert, client, connected, main, record, server, subscribed, within } from './lib.mjs';

main(async () => {
  const sdk = server();
  const b = client();
  await connected(b);
  const rb = record((await subscribed(b, 'private-rules')).ch);

  // Before subscription_succeeded: pusher-js sends it anyway (with a warning),
  // because its auth request is still in flight.
  const a = client();
  await connected(a);
  const errA = within(new Promise((resolve) => a.connection.bind('error', resolve)), 'pusher:error for a client event before subscribing');
  const early = a.subscribe('private-rules');
  const subOK = within(new Promise((resolve) => early.bind('pusher:subscription_succeeded', resolve)), 'a subscribed to private-rules');
  early.trigger('client-early', { n: 0 });
  const e = await errA;
  assert.match(JSON.stringify(e), /subscri/i, `error ${JSON.stringify(e)} says the sender is not subscribed`);
  await subOK;
  early.trigger('client-after', { n: 1 });
  await rb.wait((ev) => ev.event === 'client-after', 'client-after at b');
  assert.deepEqual(rb.events('client-early'), [], 'a client event sent before subscription_succeeded was delivered');

  // Rate limit: 30 in one go is over 10/s however the server's window falls.
  const c = client();
  await connected(c);
  const cc = (await subscribed(c, 'private-rules')).ch;
  const errC = within(new Promise((resolve) => c.connection.bind('error', resolve)), 'an error for exceeding 10 client events per second');
  for (let i = 0; i < 30; i++) cc.trigger('client-burst', { i });
  const got = await errC;
  const err = got.type === 'WebSocketError' && got.error ? got.error : got;
  assert.equal(err.data && err.data.code, 4301, `error ${JSON.stringify(got)} has code 4301`);
  await within(new Promise((resolve) => {
    if (c.connection.state !== 'connected') resolve();
    c.connection.bind('state_change', ({ current }) => current !== 'connected' && resolve());
  }), 'the rate-limited connection to close');
  await sdk.trigger('private-rules', 'marker', {});
  await rb.wait((ev) => ev.event === 'marker', 'marker at b');
  const burst = rb.events('client-burst').length;
  assert.ok(burst <= 10, `b got ${burst} of the 30 burst events; the limit is 10 per second`);
});
