// trigger with socket_id skips that connection only. A marker triggered
// afterwards without socket_id proves the excluded client would have seen
// the first event by then (events on one connection arrive in order).
import { assert, client, connected, main, record, server, subscribed } from './lib.mjs';

main(async () => {
  const a = client();
  const b = client();
  const [aID] = await Promise.all([connected(a), connected(b)]);
  const ra = record((await subscribed(a, 'private-room')).ch);
  const rb = record((await subscribed(b, 'private-room')).ch);
  const sdk = server();
  await sdk.trigger('private-room', 'said', { by: 'a' }, { socket_id: aID });
  await sdk.triggerBatch([{ channel: 'private-room', name: 'said-batch', data: { by: 'a' }, socket_id: aID }]);
  await sdk.trigger('private-room', 'marker', {});
  await ra.wait((e) => e.event === 'marker', 'marker at a');
  await rb.wait((e) => e.event === 'marker', 'marker at b');
  assert.deepEqual(ra.log.filter((e) => e.event.startsWith('said')), [], 'excluded socket a got the event');
  assert.deepEqual(rb.log.filter((e) => e.event.startsWith('said')).map((e) => e.event), ['said', 'said-batch'], 'b gets both');
});
