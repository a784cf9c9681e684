// With client events off (--no-client-events), a client event gets Pusher's
// error and reaches nobody.
import { assert, client, connected, main, record, server, subscribed, within } from './lib.mjs';

main(async () => {
  const a = client();
  const b = client();
  await Promise.all([connected(a), connected(b)]);
  const pa = await subscribed(a, 'private-chat');
  const rb = record((await subscribed(b, 'private-chat')).ch);
  const err = within(new Promise((resolve) => a.connection.bind('error', resolve)), 'pusher:error at the sender');
  pa.ch.trigger('client-typing', { who: 'a' });
  const e = await err;
  assert.equal(e.type, 'PusherError');
  assert.match(String(e.data && e.data.message), /client event/i, `error ${JSON.stringify(e)} says client events are off`);
  await server().trigger('private-chat', 'marker', {});
  await rb.wait((e) => e.event === 'marker', 'marker at b');
  assert.deepEqual(rb.events('client-typing'), [], 'client event delivered although client events are disabled');
});
