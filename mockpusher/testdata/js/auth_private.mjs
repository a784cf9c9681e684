// A private channel authorized by the mock's own /pusher/auth, reached
// through pusher-js's 'ajax' transport (form-encoded POST, as browsers send).
import { assert, client, connected, main, record, server, subscribed } from './lib.mjs';

main(async () => {
  const p = client();
  await connected(p);
  const { ch } = await subscribed(p, 'private-orders');
  const got = record(ch);
  await server().trigger('private-orders', 'order-created', { id: 7, total: '12.50' });
  const ev = await got.wait((e) => e.event === 'order-created', 'order-created on private-orders');
  assert.deepEqual(ev.data, { id: 7, total: '12.50' });
});
