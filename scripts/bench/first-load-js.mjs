#!/usr/bin/env node
// First-load JavaScript of one page as Chromium downloads it with the cache off: the bytes
// transferred for every script (compressed, headers excluded) and their decoded size, in total
// and per file; the style sheets of the same load beside them.
//
// "First load" ends when the page is ready: its `load` event has fired, its DOM marker (`#main`
// unless said otherwise) is there, and no script or style sheet has been requested for half a
// second and none is still on its way. Only script and style-sheet responses count, so a page
// that keeps a connection open (the messages page's live event stream) is measured like any
// other; waiting for the network to go idle would wait for ever there.
//
// Run directly, it measures every customer route (issue 10's table):
//   node scripts/bench/first-load-js.mjs [--url http://localhost:3235] [--locale en] [--json]
// Without --url it starts the built portal itself (`npm start`: demo data) on --port 3235,
// --pg-port 54475, --data-dir .data/bench-first-load. Not a test: it prints numbers.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const KINDS = { Script: 'script', Stylesheet: 'css' }
// No new script or style sheet for this long after load: the page has what its first view needs.
const QUIET_MS = 500
// A page that never settles is reported, not waited for until the runner's own time-out.
const SETTLE_LIMIT_MS = 60_000

/**
 * @param {import('playwright').BrowserContext} context
 * @param {string} url
 * @param {{ marker?: string, ready?: (page: import('playwright').Page) => Promise<void> }} [options]
 *   `marker`: a selector that is on the page once it shows what it is for (default `#main`);
 *   `ready`: more to wait for before the load counts as complete (a film page: until the player
 *   has read the film's length, so the player's own script counts).
 */
export async function measureFirstLoadJs(context, url, options = {}) {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  const files = new Map()
  let counting = true
  let lastRequest = Date.now()
  const track = (requestId, type, fileUrl) => {
    if (!counting || files.has(requestId) || !KINDS[type]) return
    files.set(requestId, { url: fileUrl, kind: KINDS[type], headers: 0, body: 0, decoded: 0 })
    lastRequest = Date.now()
  }
  cdp.on('Network.requestWillBeSent', (e) => track(e.requestId, e.type, e.request.url))
  cdp.on('Network.responseReceived', (e) => {
    track(e.requestId, e.type, e.response.url)
    const f = files.get(e.requestId)
    if (f) f.headers = e.response.encodedDataLength ?? 0
  })
  cdp.on('Network.dataReceived', (e) => {
    const f = files.get(e.requestId)
    if (f) f.decoded += e.dataLength
  })
  cdp.on('Network.loadingFinished', (e) => {
    const f = files.get(e.requestId)
    // encodedDataLength counts headers and body; the headers part came with responseReceived.
    if (f) f.body = Math.max(0, e.encodedDataLength - f.headers)
    if (f) f.done = true
  })
  cdp.on('Network.loadingFailed', (e) => {
    const f = files.get(e.requestId)
    if (f) f.done = f.failed = true
  })
  await page.goto(url, { waitUntil: 'load' })
  await page
    .locator(options.marker ?? '#main')
    .first()
    .waitFor({ state: 'attached' })
  await options.ready?.(page)
  const started = Date.now()
  for (;;) {
    const pending = [...files.values()].some((f) => !f.done)
    if (!pending && Date.now() - lastRequest >= QUIET_MS) break
    if (Date.now() - started > SETTLE_LIMIT_MS)
      throw new Error(`${url}: scripts still loading after ${SETTLE_LIMIT_MS / 1000} s`)
    await new Promise((r) => setTimeout(r, 50))
  }
  counting = false
  await page.close()
  const all = [...files.values()].filter((f) => !f.failed)
  const scripts = all.filter((f) => f.kind === 'script')
  const css = all.filter((f) => f.kind === 'css')
  const kib = (n) => +(n / 1024).toFixed(1)
  const sum = (list, key) => list.reduce((a, f) => a + f[key], 0)
  return {
    files: scripts.length,
    compressedKiB: kib(sum(scripts, 'body')),
    decodedKiB: kib(sum(scripts, 'decoded')),
    scripts: scripts.map((s) => ({ url: s.url, compressed: s.body, decoded: s.decoded })),
    css: { files: css.length, compressedKiB: kib(sum(css, 'body')) },
  }
}

/** The customer routes, found from the pages that link to them as a customer would. */
async function customerRoutes(context, base, locale) {
  const page = await context.newPage()
  const firstLink = async (list, prefix, exclude = /$^/) => {
    await page.goto(`${base}/${locale}${list}`, { waitUntil: 'load' })
    const hrefs = await page
      .locator(`#main a[href^="/${locale}${prefix}/"]`)
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    return hrefs.find((h) => !exclude.test(h)) ?? null
  }
  const order = await firstLink('/orders', '/orders')
  const found = {
    event: await firstLink('/events', '/events', /\?/),
    article: await firstLink('/help', '/help'),
    story: await firstLink('/media', '/media'),
  }
  await page.close()
  const orderPath = order?.replace(/\/car$/, '')
  return {
    dashboard: `/${locale}`,
    orders: `/${locale}/orders`,
    ...(orderPath && { 'order (timeline)': orderPath, car: `${orderPath}/car` }),
    documents: `/${locale}/documents`,
    media: `/${locale}/media`,
    ...(found.story && { 'media item': found.story }),
    messages: `/${locale}/messages`,
    events: `/${locale}/events`,
    ...(found.event && { 'event detail': found.event }),
    help: `/${locale}/help`,
    ...(found.article && { 'help article': found.article }),
    notifications: `/${locale}/notifications`,
    'account security': `/${locale}/account/security`,
    'account preferences': `/${locale}/account/preferences`,
  }
}

/** Ready markers of pages whose `#main` comes before what they are for. */
const MARKERS = { messages: '#main textarea' }

async function main() {
  const { flag, say } = await import('./interleaved.mjs')
  const { demoCustomer, launchBrowser, signIn } = await import('./sign-in.mjs')
  const { startPortal } = await import('./start-portal.mjs')
  const locale = flag('locale', 'en')
  const external = flag('url', null)
  const portal = external
    ? { url: external.replace(/\/$/, ''), stop: async () => {} }
    : (say('starting the portal (npm start)…'),
      await startPortal({
        port: Number(flag('port', 3235)),
        pgPort: flag('pg-port', '54475'),
        dataDir: flag('data-dir', '.data/bench-first-load'),
      }))
  const base = portal.url
  const browser = await launchBrowser()
  try {
    const results = {}
    // The public pages as a first-time visitor sees them.
    const visitor = await browser.newContext()
    for (const [name, route] of Object.entries({
      login: `/${locale}/login`,
      'forgot password': `/${locale}/forgot-password`,
    })) {
      say(`measuring ${route}…`)
      results[name] = { route, ...(await measureFirstLoadJs(visitor, `${base}${route}`)) }
    }
    await visitor.close()
    const { email, password } = demoCustomer(locale)
    // On a busy machine a worker's first render of a page can outlast a navigation time-out.
    let context
    for (let attempt = 1; !context; attempt++) {
      try {
        ;({ context } = await signIn({ browser, base, locale, email, password }))
      } catch (err) {
        if (attempt >= 3) throw err
        say(`signing in failed (${err.message.split('\n')[0]}), trying again…`)
      }
    }
    // A busy machine renders slowly; the figures are bytes, not times.
    context.setDefaultTimeout(120_000)
    context.setDefaultNavigationTimeout(120_000)
    for (const [name, route] of Object.entries(await customerRoutes(context, base, locale))) {
      say(`measuring ${route}…`)
      const marker = MARKERS[name]
      results[name] = {
        route,
        ...(await measureFirstLoadJs(context, `${base}${route}`, { marker })),
      }
    }
    if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2))
    else {
      console.log('| route | scripts | JS compressed | JS decoded | CSS compressed |')
      console.log('| --- | --- | --- | --- | --- |')
      for (const [name, r] of Object.entries(results))
        console.log(
          `| ${name} (${r.route.replace(/[0-9a-f-]{36}/, ':id')}) | ${r.files} | ${r.compressedKiB} KiB | ${r.decodedKiB} KiB | ${r.css.compressedKiB} KiB |`,
        )
    }
  } finally {
    await browser.close()
    await portal.stop()
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    process.stderr.write(`${err.stack ?? err}\n`)
    process.exit(1)
  })
}
