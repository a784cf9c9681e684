// private-encrypted- channels: the mock's /pusher/auth hands pusher-js the
// shared secret derived from the master key the server SDK encrypts with, so
// pusher-js decrypts what the SDK triggers (end to end: the frame on the wire
// carries only nonce and ciphertext).
import { assert, client, connected, main, record, server, subscribed } from './lib.mjs';

main(async () => {
  assert.ok(process.env.PUSHER_ENCRYPTION_MASTER_KEY, 'the Go test passes PUSHER_ENCRYPTION_MASTER_KEY');
  const p = client();
  await connected(p);
  const frames = record(p);
  const { ch } = await subscribed(p, 'private-encrypted-vault');
  const got = record(ch);
  const errors = [];
  ch.bind('pusher:decryption_error', (e) => errors.push(e));
  await server().trigger('private-encrypted-vault', 'secret', { pin: '0000', note: 'ünïcödé' });
  const ev = await got.wait((e) => e.event === 'secret', 'decrypted secret event');
  assert.deepEqual(ev.data, { pin: '0000', note: 'ünïcödé' });
  assert.deepEqual(errors, []);
  const wire = frames.events('secret', 'private-encrypted-vault')[0];
  assert.ok(wire.data && wire.data.ciphertext && wire.data.nonce, `wire data ${JSON.stringify(wire.data)} is nonce+ciphertext`);
  assert.ok(!JSON.stringify(wire.data).includes('0000'));
});
