#!/usr/bin/env node
// Benchmark of the customer dashboard, against a running portal (`npm start` in another shell):
//  1. signs in as a demo customer in Chromium, like a person would;
//  2. measures the JavaScript a first visit to the dashboard downloads;
//  3. loads GET /<locale> with that session: 20 connections for 10 s (autocannon), p50/p99.
// Usage: node scripts/bench/dashboard.mjs [--url http://localhost:3000] [--email … --password …]
import { readFileSync } from 'node:fs'

import autocannon from 'autocannon'
import { chromium } from 'playwright'

import { CHROMIUM_LAUNCH } from '../lib/chromium.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const demo = JSON.parse(
  readFileSync(new URL('../../src/seed/demo-accounts.json', import.meta.url), 'utf8'),
)
const base = arg('url', 'http://localhost:3000').replace(/\/$/, '')
const email = arg('email', demo.customers[0].email)
const password = arg('password', demo.password)
const locale = arg('locale', 'en')
const connections = Number(arg('connections', 20))
const duration = Number(arg('duration', 10))

const browser = await chromium.launch(CHROMIUM_LAUNCH)
const context = await browser.newContext()
const page = await context.newPage()
await page.goto(`${base}/${locale}/login`)
await page.fill('input[name=email]', email)
await page.fill('input[name=password]', password)
await Promise.all([page.waitForURL(`${base}/${locale}`), page.click('button[type=submit]')])

// First load of the dashboard in a fresh page with an empty cache.
const fresh = await context.newPage()
const cdp = await context.newCDPSession(fresh)
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
await fresh.goto(`${base}/${locale}`, { waitUntil: 'networkidle' })
const js = await fresh.evaluate(() =>
  performance
    .getEntriesByType('resource')
    .filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'))
    .reduce(
      (acc, e) => ({
        transfer: acc.transfer + (e.encodedBodySize || e.transferSize),
        decoded: acc.decoded + e.decodedBodySize,
        files: acc.files + 1,
      }),
      { transfer: 0, decoded: 0, files: 0 },
    ),
)
const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
await browser.close()

const result = await autocannon({
  url: `${base}/${locale}`,
  connections,
  duration,
  headers: { cookie },
})
const summary = {
  url: `${base}/${locale}`,
  connections,
  durationSeconds: duration,
  requests: result.requests.total,
  requestsPerSecond: result.requests.average,
  latencyMs: {
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
  },
  non2xx: result.non2xx,
  errors: result.errors,
  firstLoadJs: {
    files: js.files,
    compressedKiB: +(js.transfer / 1024).toFixed(1),
    decodedKiB: +(js.decoded / 1024).toFixed(1),
  },
}
console.log(JSON.stringify(summary, null, 2))
if (result.non2xx || result.errors) {
  console.error('some requests failed: the numbers above are not a clean measurement')
  process.exit(1)
}
