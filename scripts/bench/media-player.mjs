#!/usr/bin/env node
// The media library's player, first-load JavaScript (issue 15):
//  1. starts the built portal with `npm start` in its own data directory and port (or measures
//     one already running, --url);
//  2. signs in the demo owner of the P24 RS (the demo film is for that model) in Chromium and
//     waits until the job queue has transcoded the demo film;
//  3. measures first-load JavaScript (cache off, compressed bytes) of the library, of a story
//     without a film and of the film's page;
//  4. on the film's page, starts playback and counts the script that arrives only then (hls.js).
// Not a test: the numbers depend on the machine. Flags: --url, --port 3260, --pg-port 54490,
// --data-dir .data/bench-media, --locale nl, --email, --password, --json.
import { measureFirstLoadJs } from './first-load-js.mjs'
import { startPortal as startPortalIn } from './start-portal.mjs'
import { demoCustomer, launchBrowser, signIn } from './sign-in.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const say = (m) => process.stderr.write(`▸ ${m}\n`)
const locale = arg('locale', 'nl')
const email = arg('email', demoCustomer(locale).email)
const password = arg('password', demoCustomer(locale).password)
const kib = (n) => +(n / 1024).toFixed(1)

/** Script bytes (compressed) that arrive after the page settled, until the film plays. */
async function scriptOnPlay(context, url) {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  const sizes = new Map()
  let counting = false
  cdp.on('Network.responseReceived', (e) => {
    if (counting && e.type === 'Script')
      sizes.set(e.requestId, { headers: e.response.encodedDataLength ?? 0, body: 0 })
  })
  cdp.on('Network.loadingFinished', (e) => {
    const s = sizes.get(e.requestId)
    if (s) s.body = Math.max(0, e.encodedDataLength - s.headers)
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  counting = true
  const video = page.getByTestId('media-video')
  await video.evaluate((v) => {
    v.muted = true
  })
  // The player's keyboard group is the video's parent (before and after the branded bar).
  await video.locator('xpath=..').focus()
  await page.keyboard.press('k')
  await page.waitForFunction(
    () => (document.querySelector('[data-testid=media-video]')?.currentTime ?? 0) > 0,
    null,
    { timeout: 60_000 },
  )
  await page.waitForLoadState('networkidle')
  await page.close()
  const all = [...sizes.values()]
  return { files: all.length, compressedKiB: kib(all.reduce((a, s) => a + s.body, 0)) }
}

async function main() {
  const external = arg('url')
  const portal = external
    ? { url: external, stop: async () => {} }
    : await startPortalIn({
        port: Number(arg('port', 3260)),
        pgPort: arg('pg-port', '54490'),
        dataDir: arg('data-dir', '.data/bench-media'),
      })
  const base = portal.url
  const browser = await launchBrowser()
  try {
    const { context, cookie } = await signIn({ browser, base, locale, email, password })
    // A busy machine renders slowly; the figures are bytes, not times.
    context.setDefaultTimeout(120_000)
    context.setDefaultNavigationTimeout(120_000)
    const items = await (
      await fetch(`${base}/api/media-items?depth=0&limit=100`, { headers: { cookie } })
    ).json()
    const film = items.docs.find((d) => d.video)
    const story = items.docs.find((d) => !d.video && !d.externalId)
    if (!film || !story) throw new Error(`${email} sees no film or no story without one`)
    say(`waiting for the demo film to be transcoded…`)
    const page = await context.newPage()
    for (let i = 0; ; i++) {
      await page.goto(`${base}/${locale}/media/${film.id}`)
      if (await page.getByTestId('media-video').count()) break
      if (i > 100) throw new Error('the demo film was not transcoded in 5 minutes')
      await page.waitForTimeout(3000)
    }
    await page.close()
    const routes = {
      library: `/${locale}/media`,
      story: `/${locale}/media/${story.id}`,
      film: `/${locale}/media/${film.id}`,
    }
    const js = {}
    for (const [name, route] of Object.entries(routes)) {
      say(`measuring ${route}…`)
      js[name] = { route, ...(await measureFirstLoadJs(context, `${base}${route}`)) }
    }
    js.onPlay = await scriptOnPlay(context, `${base}${routes.film}`)
    if (process.argv.includes('--json')) console.log(JSON.stringify(js, null, 2))
    else {
      console.log('| page | scripts | compressed | decoded |')
      console.log('| --- | --- | --- | --- |')
      for (const [name, r] of Object.entries(js))
        console.log(
          `| ${name} | ${r.files} | ${r.compressedKiB} KiB | ${r.decodedKiB ?? '–'} KiB |`,
        )
    }
  } finally {
    await browser.close()
    await portal.stop()
  }
}

await main()
