// First-load JavaScript of one page as Chromium downloads it with the cache off: the bytes
// transferred for every script (compressed, headers excluded) and their decoded size, in total
// and per file.

/**
 * @param {import('playwright').BrowserContext} context
 * @param {string} url
 * @param {{ ready?: (page: import('playwright').Page) => Promise<void> }} [options] for pages
 *   that never go network-idle (a film page keeps a request open): loaded, then until `ready`.
 */
export async function measureFirstLoadJs(context, url, options = {}) {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  const scripts = new Map()
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script')
      scripts.set(e.requestId, {
        url: e.response.url,
        headers: e.response.encodedDataLength ?? 0,
        body: 0,
        decoded: 0,
      })
  })
  cdp.on('Network.dataReceived', (e) => {
    const s = scripts.get(e.requestId)
    if (s) s.decoded += e.dataLength
  })
  cdp.on('Network.loadingFinished', (e) => {
    const s = scripts.get(e.requestId)
    // encodedDataLength counts headers and body; the headers part came with responseReceived.
    if (s) s.body = Math.max(0, e.encodedDataLength - s.headers)
  })
  await page.goto(url, { waitUntil: options.ready ? 'load' : 'networkidle' })
  await options.ready?.(page)
  await page.close()
  const all = [...scripts.values()]
  const kib = (n) => +(n / 1024).toFixed(1)
  return {
    files: all.length,
    compressedKiB: kib(all.reduce((a, s) => a + s.body, 0)),
    decodedKiB: kib(all.reduce((a, s) => a + s.decoded, 0)),
    scripts: all.map((s) => ({ url: s.url, compressed: s.body, decoded: s.decoded })),
  }
}
