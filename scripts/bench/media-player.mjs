#!/usr/bin/env node
// The media library's player, first-load JavaScript (issue 15):
//  1. starts the built portal with `npm start` in its own data directory and port (or measures
//     one already running, --url);
//  2. signs in the demo owner of the P24 RS (the demo film is for that model) in Chromium and
//     waits until the job queue has transcoded the demo film;
//  3. measures first-load JavaScript (cache off, compressed bytes) of the library, of a story
//     without a film and of the film's page (measured until the player has read the film's
//     length, so hls.js counts: the player fetches it when it mounts, no other page does).
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

/** The film page is ready when the player has read the film's length (hls.js is in by then). */
const filmReady = (page) =>
  page.waitForFunction(
    () => (document.querySelector('[data-testid=media-video]')?.readyState ?? 0) >= 1,
    null,
    { timeout: 120_000 },
  )

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
      const options = name === 'film' ? { ready: filmReady } : {}
      js[name] = { route, ...(await measureFirstLoadJs(context, `${base}${route}`, options)) }
    }
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
