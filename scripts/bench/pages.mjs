#!/usr/bin/env node
// `npm run bench`: what the portal shell costs, in one run so machine noise cancels out.
//  1. starts the portal with `npm start` (which builds it first if there is no build: the cluster,
//     embedded PostgreSQL with demo data) in its own data directory and port — or, with --url,
//     measures a portal that is already running;
//  2. signs in a demo customer in Chromium and measures each customer route's first-load
//     JavaScript with the cache off (compressed bytes transferred);
//  3. loads, interleaved for --rounds rounds: a raw Node `http` hello (the ceiling, in its own
//     process), /api/health, /<locale>/login, the dashboard, the car page and Payload REST
//     /api/orders for the same customer; prints req/s, p50, p99 and the goal ratios of issue 10.
// Not a test: the numbers depend on the machine. Flags: --url, --connections 20, --duration 10,
// --rounds 2, --warmup 5, --locale en, --port 3240, --pg-port 54470, --data-dir .data/bench, --json.
import { spawn } from 'node:child_process'

import autocannon from 'autocannon'

import { measureFirstLoadJs } from './first-load-js.mjs'
import { startPortal as startPortalIn } from './start-portal.mjs'
import { treeCpuMs } from './process-cpu.mjs'
import { demoCustomer, launchBrowser, signIn } from './sign-in.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const say = (m) => process.stderr.write(`▸ ${m}\n`)
const locale = arg('locale', 'en')
const email = arg('email', demoCustomer(locale).email)
const password = arg('password', demoCustomer(locale).password)
const connections = Number(arg('connections', 20))
const duration = Number(arg('duration', 10))
const rounds = Number(arg('rounds', 2))
const warmup = Number(arg('warmup', 5))

const startPortal = () =>
  startPortalIn({
    port: Number(arg('port', 3240)),
    pgPort: arg('pg-port', '54470'),
    dataDir: arg('data-dir', '.data/bench'),
  })

/** The ceiling: Node's bare `http` server answering "hello", in a process of its own. */
async function startRawNode() {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const s=require('node:http').createServer((q,r)=>r.end('hello'));s.listen(0,'127.0.0.1',()=>process.stdout.write(String(s.address().port)+'\\n'))`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const port = await new Promise((resolve) => child.stdout.once('data', (d) => resolve(Number(d))))
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill(), pid: child.pid }
}

async function signInAndMeasure(base) {
  const browser = await launchBrowser()
  try {
    const { context, cookie } = await signIn({ browser, base, locale, email, password })
    const orders = await (
      await fetch(`${base}/api/orders?depth=0&limit=1`, { headers: { cookie } })
    ).json()
    const orderId = orders.docs?.[0]?.id
    if (!orderId) throw new Error(`${email} has no order to open`)
    const routes = {
      login: `/${locale}/login`,
      dashboard: `/${locale}`,
      car: `/${locale}/orders/${orderId}`,
      security: `/${locale}/account/security`,
    }
    const js = {}
    for (const [name, route] of Object.entries(routes)) {
      // The sign-in page as a first-time visitor sees it; the others signed in.
      const ctx = name === 'login' ? await browser.newContext() : context
      js[name] = { route, ...(await measureFirstLoadJs(ctx, `${base}${route}`)) }
      if (ctx !== context) await ctx.close()
    }
    return { cookie, orderId, js }
  } finally {
    await browser.close()
  }
}

function load(url, headers, seconds = duration) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, headers }, (err, result) =>
      err ? reject(err) : resolve(result),
    )
  })
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function main() {
  const external = arg('url', null)
  const portal = external ? { url: external.replace(/\/$/, ''), stop: async () => {} } : null
  const raw = await startRawNode()
  const running = portal ?? (say('starting the portal (npm start)…'), await startPortal())
  try {
    const base = running.url
    say(`signing in ${email} and measuring first-load JavaScript…`)
    const { cookie, orderId, js } = await signInAndMeasure(base)
    const targets = [
      { name: 'raw node http', url: raw.url, pid: raw.pid },
      { name: '/api/health', url: `${base}/api/health` },
      { name: `/${locale}/login`, url: `${base}/${locale}/login` },
      { name: `/${locale} dashboard`, url: `${base}/${locale}`, cookie },
      { name: `/${locale}/orders/:id`, url: `${base}/${locale}/orders/${orderId}`, cookie },
      { name: 'REST /api/orders', url: `${base}/api/orders?depth=0&limit=10`, cookie },
    ]
    const runs = new Map(targets.map((t) => [t.name, []]))
    // Every worker compiles and loads its code on first use: warm each target up unmeasured.
    say(`warming up (${warmup} s per target)…`)
    for (const t of targets) await load(t.url, t.cookie ? { cookie: t.cookie } : {}, warmup)
    for (let round = 1; round <= rounds; round++) {
      for (const t of targets) {
        say(`round ${round}/${rounds}: ${t.name}`)
        const pid = t.pid ?? running.pid
        const cpuBefore = pid ? treeCpuMs(pid) : null
        const r = await load(t.url, t.cookie ? { cookie: t.cookie } : {})
        const cpuAfter = pid ? treeCpuMs(pid) : null
        runs.get(t.name).push({
          cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
          requests: r.requests.total,
          rps: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          failed: r.non2xx + r.errors + r.timeouts,
        })
      }
    }
    const rows = targets.map((t) => {
      const rs = runs.get(t.name)
      return {
        target: t.name,
        rps: Math.round(rs.reduce((a, r) => a + r.rps, 0) / rs.length),
        p50: rs.map((r) => r.p50),
        p99: rs.map((r) => r.p99),
        failed: rs.reduce((a, r) => a + r.failed, 0),
        // Server CPU per request over all rounds (the portal's processes, or the raw server's).
        cpuMsPerRequest: rs.some((r) => r.cpuMs === null)
          ? null
          : +(rs.reduce((a, r) => a + r.cpuMs, 0) / rs.reduce((a, r) => a + r.requests, 0)).toFixed(
              2,
            ),
      }
    })
    const rps = (name) => rows.find((r) => r.target === name).rps
    const dash = rows.find((r) => r.target === `/${locale} dashboard`)
    const ratios = {
      dashboardVsRest: +(rps(dash.target) / rps('REST /api/orders')).toFixed(2),
      loginVsRawPercent: +((100 * rps(`/${locale}/login`)) / rps('raw node http')).toFixed(2),
      healthVsRawPercent: +((100 * rps('/api/health')) / rps('raw node http')).toFixed(2),
      dashboardP99Ms: median(dash.p99),
    }
    const summary = {
      connections,
      durationSeconds: duration,
      rounds,
      rows,
      ratios,
      firstLoadJs: js,
    }
    if (process.argv.includes('--json')) console.log(JSON.stringify(summary, null, 2))
    else print(summary)
    if (rows.some((r) => r.failed))
      say('some requests failed: those rows are not a clean measurement')
  } finally {
    raw.stop()
    await running.stop()
  }
}

function print({ rows, ratios, firstLoadJs }) {
  const range = (xs) => {
    const lo = Math.min(...xs)
    const hi = Math.max(...xs)
    return lo === hi ? `${lo} ms` : `${lo}–${hi} ms`
  }
  const out = [
    `${connections} connections, ${duration} s per target, ${rounds} rounds interleaved`,
    '',
    '| target | req/s | p50 | p99 | CPU per request (portal + PostgreSQL) | failed |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.target} | ${r.rps} | ${range(r.p50)} | ${range(r.p99)} | ${r.cpuMsPerRequest ?? '—'} ms | ${r.failed} |`,
    ),
    '',
    '| goal | measured | target |',
    '| --- | --- | --- |',
    `| dashboard req/s ÷ REST req/s | ${ratios.dashboardVsRest}× | ≥ 1× |`,
    `| dashboard p99 (median of rounds) | ${ratios.dashboardP99Ms} ms | ≤ 150 ms |`,
    `| login req/s ÷ raw Node | ${ratios.loginVsRawPercent} % | ≥ 1.5 % |`,
    `| /api/health req/s ÷ raw Node | ${ratios.healthVsRawPercent} % | ≥ 5 % |`,
    '',
    '| route | first-load JS (compressed) | uncompressed | scripts |',
    '| --- | --- | --- | --- |',
    ...Object.values(firstLoadJs).map(
      (j) => `| ${j.route} | ${j.compressedKiB} kB | ${j.decodedKiB} kB | ${j.files} |`,
    ),
  ]
  console.log(out.join('\n'))
}

await main()
