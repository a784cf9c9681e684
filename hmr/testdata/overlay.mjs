// overlay.mjs opens a page in headless Chromium and reports, on stdout, when
// Vite's client has connected ("READY") and when Vite's error overlay shows
// a message ("OVERLAY <text>"). The Go test drives the rest through stdin-less
// signals: it broadcasts after READY and waits for OVERLAY.
// usage: node overlay.mjs <page url>
import { launch } from '../../testdata/node/lib/browser.mjs'

const url = process.argv[2]
const { context, close } = await launch()
// close() can race Chromium still writing its profile (ENOTEMPTY): not our concern here.
const stop = async (code) => { try { await close() } catch {} process.exit(code) }
process.on('SIGTERM', () => stop(1))
try {
  const page = await context.newPage()
  const connected = new Promise((resolve) => {
    page.on('console', (m) => {
      const text = m.text()
      console.log('CONSOLE ' + text.replace(/\n/g, ' '))
      if (text.includes('[vite] connected')) resolve()
    })
  })
  await page.goto(url)
  await connected
  console.log('READY')
  const el = await page.waitForSelector('vite-error-overlay', { state: 'attached', timeout: 60000 })
  const text = await el.evaluate((e) => e.shadowRoot ? e.shadowRoot.textContent : e.textContent)
  console.log('OVERLAY ' + text.replace(/\s+/g, ' '))
  await stop(0)
} catch (e) {
  console.log('ERROR ' + String(e && e.message || e).replace(/\n/g, ' '))
  await stop(1)
}
