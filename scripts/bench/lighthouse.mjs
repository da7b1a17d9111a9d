#!/usr/bin/env node
// Lighthouse 12.8.2 on the sign-in page and the signed-in dashboard: mobile form factor, the
// default simulated throttling, Debian's Chromium. Three runs each (--runs); prints the median
// performance score, LCP, TBT and the JavaScript transferred, with the range of the scores.
//  - starts the portal itself (`npm start`: built first if needed, demo data) on --port 3260,
//    --pg-port 54480, --data-dir .data/bench-lighthouse — or measures --url;
//  - signs a demo customer in through the real form and hands Lighthouse the session cookie
//    with --extra-headers, so the dashboard is measured as the customer sees it.
// Lighthouse runs through `npx -y lighthouse@12.8.2` (fetched once into npm's cache): it is a
// large tool with its own Chromium driver, needed only for this measurement, so it is not a
// devDependency. Not a test: the figures depend on the machine; run it on a quiet one.
// Also prints the LCP element, how its time splits and the render-blocking files.
// Flags: --url, --runs 3, --locale en, --port, --pg-port, --data-dir, --json.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { ensureChromium } from '../lib/chromium.mjs'
import { demoCustomer, launchBrowser, signIn } from './sign-in.mjs'
import { startPortal } from './start-portal.mjs'

const LIGHTHOUSE = 'lighthouse@12.8.2'
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const say = (m) => process.stderr.write(`▸ ${m}\n`)
const locale = arg('locale', 'en')
const runs = Number(arg('runs', 3))

function lighthouse(url, { cookie, outDir, n }) {
  const out = path.join(outDir, `${n}.json`)
  const args = [
    '-y',
    LIGHTHOUSE,
    url,
    '--quiet',
    '--only-categories=performance',
    '--output=json',
    `--output-path=${out}`,
    // Mobile and simulated throttling are Lighthouse's defaults; said here so nobody wonders.
    '--form-factor=mobile',
    '--throttling-method=simulate',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ]
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CHROME_PATH: ensureChromium() },
    })
    child.on('error', reject)
    child.on('close', async (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code} on ${url}`))
      resolve(JSON.parse(await readFile(out, 'utf8')))
    })
  })
}

/** The figures of one report that the issue tracks. */
function figures(report) {
  const a = report.audits
  const scripts = (a['network-requests']?.details?.items ?? []).filter(
    (r) => r.resourceType === 'Script',
  )
  // The LCP element and how its time splits (TTFB, load delay, load time, render delay).
  const lcpParts = a['largest-contentful-paint-element']?.details?.items ?? []
  const lcpNode = lcpParts[0]?.items?.[0]?.node
  const phases = Object.fromEntries(
    (lcpParts[1]?.items ?? []).map((p) => [p.phase, Math.round(p.timing)]),
  )
  return {
    lcpElement: lcpNode ? `${lcpNode.selector ?? ''} ${lcpNode.snippet ?? ''}`.trim() : null,
    lcpPhases: phases,
    renderBlocking: (a['render-blocking-resources']?.details?.items ?? []).map((r) => r.url),
    score: Math.round((report.categories.performance.score ?? 0) * 100),
    lcpMs: Math.round(a['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(a['total-blocking-time'].numericValue),
    fcpMs: Math.round(a['first-contentful-paint'].numericValue),
    jsKiB: +(scripts.reduce((s, r) => s + (r.transferSize ?? 0), 0) / 1024).toFixed(1),
    scripts: scripts.length,
    finalUrl: report.finalDisplayedUrl,
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function main() {
  let portal = null
  let base = arg('url')
  if (!base) {
    say('starting the portal (npm start; builds first if there is no build)')
    portal = await startPortal({
      port: Number(arg('port', 3260)),
      pgPort: arg('pg-port', '54480'),
      dataDir: arg('data-dir', '.data/bench-lighthouse'),
    })
    base = portal.url
  }
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'lighthouse-'))
  try {
    const { email, password } = demoCustomer(locale)
    const browser = await launchBrowser()
    const { cookie } = await signIn({ browser, base, locale, email, password }).finally(() =>
      browser.close(),
    )
    const pages = {
      login: { url: `${base}/${locale}/login` },
      dashboard: { url: `${base}/${locale}`, cookie },
    }
    const results = {}
    for (const [name, target] of Object.entries(pages)) {
      const all = []
      for (let n = 0; n < runs; n++) {
        say(`${name}: run ${n + 1} of ${runs}`)
        const f = figures(await lighthouse(target.url, { ...target, outDir, n: `${name}-${n}` }))
        if (name === 'dashboard' && !f.finalUrl.endsWith(`/${locale}`))
          throw new Error(`the dashboard run ended on ${f.finalUrl}: the session was not used`)
        all.push(f)
      }
      const pick = (k) => median(all.map((f) => f[k]))
      results[name] = {
        performance: pick('score'),
        performanceRange: [
          Math.min(...all.map((f) => f.score)),
          Math.max(...all.map((f) => f.score)),
        ],
        lcpMs: pick('lcpMs'),
        tbtMs: pick('tbtMs'),
        fcpMs: pick('fcpMs'),
        jsKiB: pick('jsKiB'),
        scripts: pick('scripts'),
        lcpElement: all[0].lcpElement,
        lcpPhases: all.map((f) => f.lcpPhases),
        renderBlocking: all[0].renderBlocking,
      }
    }
    if (process.argv.includes('--json')) {
      process.stdout.write(`${JSON.stringify({ base, runs, results }, null, 2)}\n`)
      return
    }
    process.stdout.write(
      `Lighthouse 12.8.2, mobile, simulated throttling, median of ${runs} (load ${os.loadavg()[0].toFixed(1)})\n`,
    )
    process.stdout.write('page       perf (range)   LCP      TBT     FCP      JS transferred\n')
    for (const [name, r] of Object.entries(results))
      process.stdout.write(
        `${name.padEnd(10)} ${String(r.performance).padStart(3)} (${r.performanceRange.join('–')})`.padEnd(
          26,
        ) +
          `${(r.lcpMs / 1000).toFixed(2)} s   ${String(r.tbtMs).padStart(4)} ms  ${(r.fcpMs / 1000).toFixed(2)} s   ${r.jsKiB} KiB in ${r.scripts} scripts\n`,
      )
    for (const [name, r] of Object.entries(results))
      process.stdout.write(
        `${name}: LCP element ${r.lcpElement ?? '?'}; phases (ms) ${JSON.stringify(r.lcpPhases[0])}; render-blocking ${r.renderBlocking.length}\n`,
      )
  } finally {
    await rm(outDir, { recursive: true, force: true })
    await portal?.stop()
  }
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`)
  process.exit(1)
})
