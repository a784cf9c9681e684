// Drives the inspector page in headless Chromium: the page lists the
// connection the Go test opened, its trigger form reaches that subscriber,
// and the live log shows the trigger. Usage: node inspector.mjs BASE SOCKET_ID
import { launch } from '../../../testdata/node/lib/browser.mjs';

const [base, socketID] = process.argv.slice(2);
const { context, close } = await launch();
const errors = [];
try {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(base + '/__devproxy/pusher');
  await page.waitForFunction((id) => document.querySelector('#conns').textContent.includes(id), socketID, { timeout: 20000 });
  await page.fill('input[name=channel]', 'room');
  await page.fill('input[name=event]', 'hello');
  await page.fill('textarea[name=data]', '{"from":"inspector"}');
  await page.click('button');
  await page.waitForFunction(() => document.querySelector('#result').textContent === 'sent to 1 subscriber(s)', null, { timeout: 20000 });
  await page.waitForFunction(() => /trigger\s+room\s+hello/.test(document.querySelector('#log').textContent), null, { timeout: 20000 });
  if (errors.length) throw new Error('page errors: ' + errors.join('; '));
  console.log('ok');
} finally {
  await close();
}
