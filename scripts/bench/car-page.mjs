#!/usr/bin/env node
// `npm run bench:car`: the car's pages under load, with a car that has a long history.
//  1. starts the built portal with `npm start` in its own data directory and port (or measures
//     one already running, --url, with --erp-secret for its ERP feed);
//  2. as the demo administrator (REST, demo authenticator key) gives the demo customer a new car
//     with 40 published production updates and 200 photos, in the portal's own data;
//  3. measures the first-load JavaScript of the timeline and "My car" in Chromium (compressed),
//     and checks that the lightbox's code arrives only when a photo is opened;
//  4. loads, interleaved for --rounds rounds at --connections: the timeline, My car, the
//     dashboard and /api/health; prints req/s, p50, p99 and the ratios;
//  5. sends ERP events and times from each HTTP answer until the timeline shows the change.
// Not a test: the numbers depend on the machine. Flags: --url, --erp-secret, --connections 20,
// --duration 10, --rounds 2, --warmup 5, --locale en, --port 3250, --pg-port 54480,
// --data-dir .data/bench-car, --updates 40, --photos 200, --json.
import { createHmac, randomBytes, randomUUID } from 'node:crypto'

import sharp from 'sharp'

import { measureFirstLoadJs } from './first-load-js.mjs'
import { flag, interleave, say } from './interleaved.mjs'
import { startPortal as startPortalIn } from './start-portal.mjs'
import { adminToken, demoCustomer, launchBrowser, signIn } from './sign-in.mjs'

const arg = flag
const locale = arg('locale', 'en')
const customer = demoCustomer(locale)
const connections = Number(arg('connections', 20))
const duration = Number(arg('duration', 10))
const rounds = Number(arg('rounds', 2))
const warmup = Number(arg('warmup', 5))
const UPDATES = Number(arg('updates', 40))
const PHOTOS = Number(arg('photos', 200))
const erpSecret = arg('erp-secret', randomBytes(32).toString('hex'))

const startPortal = () =>
  startPortalIn({
    port: Number(arg('port', 3250)),
    pgPort: arg('pg-port', '54480'),
    dataDir: arg('data-dir', '.data/bench-car'),
    env: { ERP_WEBHOOK_SECRET: erpSecret },
  })

/** The benchmark's car: a new order of the demo customer with its updates and photos. */
async function createHistory(base) {
  const token = await adminToken(base)
  const auth = { authorization: `JWT ${token}` }
  const json = async (method, url, body) => {
    const r = await fetch(`${base}${url}`, {
      method,
      headers: { ...auth, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    })
    if (!r.ok) throw new Error(`${method} ${url}: ${r.status} ${await r.text()}`)
    return r.json()
  }
  const who = await json(
    'GET',
    `/api/customers?where[email][equals]=${encodeURIComponent(customer.email)}&depth=0`,
  )
  const orderNumber = `BENCH-${randomBytes(3).toString('hex').toUpperCase()}`
  const { doc: order } = await json('POST', '/api/orders', {
    orderNumber,
    orderDate: new Date(Date.now() - 400 * 86_400_000).toISOString(),
    customer: who.docs[0].id,
    model: 'p24-rs',
    stage: 'production',
    configuration: [
      {
        group: 'exterior',
        label: 'Body',
        option: 'Exposed carbon, satin clear coat',
        swatch: '#23262b',
      },
      { group: 'interior', label: 'Upholstery', option: 'Cognac leather', swatch: '#8a4b2a' },
      { group: 'wheels', label: 'Wheels', option: '18" forged aluminium', swatch: '#b8b9bb' },
    ],
  })
  say(`uploading ${PHOTOS} photos to ${orderNumber}…`)
  const media = []
  for (let i = 0; i < PHOTOS; i++) {
    const shade = 30 + ((i * 37) % 160)
    const jpeg = await sharp({
      create: {
        width: 1600,
        height: 1067,
        channels: 3,
        background: { r: shade, g: shade - 10, b: 40 },
      },
    })
      .jpeg({ quality: 70 })
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([jpeg], { type: 'image/jpeg' }), `bench-${orderNumber}-${i}.jpg`)
    form.append('_payload', JSON.stringify({ order: order.id, alt: `Build photo ${i + 1}` }))
    const r = await fetch(`${base}/api/order-media`, { method: 'POST', headers: auth, body: form })
    if (!r.ok) throw new Error(`upload ${i}: ${r.status} ${await r.text()}`)
    media.push((await r.json()).doc.id)
  }
  say(`publishing ${UPDATES} updates…`)
  const per = Math.ceil(PHOTOS / UPDATES)
  for (let i = 0; i < UPDATES; i++) {
    await json('POST', '/api/production-updates', {
      order: order.id,
      title: `Week ${i + 1}: progress on your car`,
      gallery: media.slice(i * per, (i + 1) * per).map((m) => ({ media: m })),
      _status: 'published',
    })
  }
  return { orderId: order.id, orderNumber }
}

/** First-load JS of the pages, and whether opening a photo fetches the lightbox's own code. */
async function measureBrowser(base, orderId) {
  const browser = await launchBrowser()
  try {
    const { context, cookie } = await signIn({ browser, base, locale, ...customer })
    const js = {
      timeline: await measureFirstLoadJs(context, `${base}/${locale}/orders/${orderId}`),
      car: await measureFirstLoadJs(context, `${base}/${locale}/orders/${orderId}/car`),
      dashboard: await measureFirstLoadJs(context, `${base}/${locale}`),
    }
    const page = await context.newPage()
    const scripts = []
    page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(r.url()))
    await page.goto(`${base}/${locale}/orders/${orderId}`, { waitUntil: 'networkidle' })
    const before = scripts.length
    await page.locator('[data-testid=update-gallery] button').first().click()
    await page.locator('[data-testid=lightbox]').waitFor()
    await page.waitForLoadState('networkidle')
    const lightbox = { scriptsBefore: before, scriptsAddedOnOpen: scripts.length - before }
    await page.close()
    return { cookie, js, lightbox }
  } finally {
    await browser.close()
  }
}

/** ERP event → visible: sends `milestone` done and polls the timeline until it shows one more done. */
async function erpToVisible(base, { orderId, orderNumber, cookie }, milestone) {
  const page = () =>
    fetch(`${base}/${locale}/orders/${orderId}`, { headers: { cookie } }).then((r) => r.text())
  const done = (html) =>
    (
      html.match(
        /data-testid="milestone" data-state="done"|data-state="done"[^>]*data-testid="milestone"/g,
      ) ?? []
    ).length
  const before = done(await page())
  const body = JSON.stringify({
    events: [{ id: `bench-${randomUUID()}`, orderNumber, milestone, state: 'done' }],
  })
  const timestamp = String(Math.floor(Date.now() / 1000))
  const signature = createHmac('sha256', erpSecret).update(`${timestamp}.${body}`).digest('hex')
  const res = await fetch(`${base}/api/integrations/erp/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-erp-timestamp': timestamp,
      'x-erp-signature': `sha256=${signature}`,
    },
    body,
  })
  if (!res.ok) throw new Error(`ERP event: ${res.status} ${await res.text()}`)
  const answered = performance.now()
  for (;;) {
    if (done(await page()) > before) return Math.round(performance.now() - answered)
    if (performance.now() - answered > 30_000) throw new Error('the change did not show in 30 s')
  }
}

async function main() {
  const external = arg('url', null)
  const running = external
    ? { url: external.replace(/\/$/, ''), stop: async () => {} }
    : (say('starting the portal (npm start)…'), await startPortal())
  try {
    const base = running.url
    const car = await createHistory(base)
    say('measuring first-load JavaScript and the lightbox…')
    const { cookie, js, lightbox } = await measureBrowser(base, car.orderId)
    const targets = [
      { name: 'timeline /orders/:id', url: `${base}/${locale}/orders/${car.orderId}`, cookie },
      {
        name: 'my car /orders/:id/car',
        url: `${base}/${locale}/orders/${car.orderId}/car`,
        cookie,
      },
      { name: 'dashboard', url: `${base}/${locale}`, cookie },
      { name: '/api/health', url: `${base}/api/health` },
    ]
    const rows = await interleave(targets, { connections, duration, rounds, warmup })
    const rps = (name) => rows.find((r) => r.target === name).rps
    const ratios = {
      timelineVsDashboard: +(rps(targets[0].name) / rps('dashboard')).toFixed(2),
      carVsDashboard: +(rps(targets[1].name) / rps('dashboard')).toFixed(2),
      timelineVsHealthPercent: +((100 * rps(targets[0].name)) / rps('/api/health')).toFixed(2),
    }
    say('timing ERP event → visible change…')
    const erpMs = []
    for (const m of ['chassis', 'body', 'paint'])
      erpMs.push(await erpToVisible(base, { ...car, cookie }, m))
    const summary = {
      connections,
      duration,
      rounds,
      updates: UPDATES,
      photos: PHOTOS,
      rows,
      ratios,
      firstLoadJs: js,
      lightbox,
      erpToVisibleMs: erpMs,
    }
    if (process.argv.includes('--json')) console.log(JSON.stringify(summary, null, 2))
    else print(summary)
  } finally {
    await running.stop()
  }
}

function print(s) {
  console.log(
    [
      `${s.updates} updates, ${s.photos} photos; ${s.connections} connections, ${s.duration} s per target, ${s.rounds} rounds interleaved (median p50/p99 of rounds)`,
      '',
      '| target | req/s | p50 | p99 | failed |',
      '| --- | --- | --- | --- | --- |',
      ...s.rows.map((r) => `| ${r.target} | ${r.rps} | ${r.p50} ms | ${r.p99} ms | ${r.failed} |`),
      '',
      `timeline ÷ dashboard: ${s.ratios.timelineVsDashboard}×; my car ÷ dashboard: ${s.ratios.carVsDashboard}×; timeline ÷ /api/health: ${s.ratios.timelineVsHealthPercent} %`,
      '',
      '| page | first-load JS (compressed) | uncompressed | scripts | goal |',
      '| --- | --- | --- | --- | --- |',
      ...Object.entries(s.firstLoadJs).map(
        ([k, j]) => `| ${k} | ${j.compressedKiB} kB | ${j.decodedKiB} kB | ${j.files} | ≤ 120 kB |`,
      ),
      '',
      `lightbox: ${s.lightbox.scriptsAddedOnOpen} script(s) fetched when a photo is opened (${s.lightbox.scriptsAddedOnOpen > 0 ? 'loaded on demand' : 'NOT on demand: it came with the page'})`,
      `ERP event answered → visible in the timeline: ${s.erpToVisibleMs.join(' ms, ')} ms`,
    ].join('\n'),
  )
}

await main()
