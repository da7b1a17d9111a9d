#!/usr/bin/env node
// SQL statements per render of the signed-in pages: starts the portal (one worker) with
// scripts/bench/count-queries.cjs preloaded, signs in a demo customer, opens each page a few
// times and prints, per page, the statements of one warm render (the median count) and which of
// them repeat. Not a test: a tool to find duplicate and needless queries.
// Flags: --port 3242, --pg-port 54472, --data-dir .data/bench-queries, --locale en, --renders 5,
// --show (print each statement of the last render).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startPortal } from './start-portal.mjs'
import { demoCustomer, launchBrowser, signIn } from './sign-in.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const say = (m) => process.stderr.write(`▸ ${m}\n`)
const here = path.dirname(fileURLToPath(import.meta.url))
const locale = arg('locale', 'en')
const renders = Number(arg('renders', 5))
const tmp = mkdtempSync(path.join(os.tmpdir(), 'portal-queries-'))
const log = path.join(tmp, 'queries.log')

say('starting the portal (one worker, statements counted)…')
const portal = await startPortal({
  port: Number(arg('port', 3242)),
  pgPort: arg('pg-port', '54472'),
  dataDir: arg('data-dir', '.data/bench-queries'),
  env: {
    WEB_CONCURRENCY: '1',
    QUERY_LOG: log,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${path.join(here, 'count-queries.mjs')}`,
  },
})
try {
  const browser = await launchBrowser()
  const { cookie } = await signIn({ browser, base: portal.url, locale, ...demoCustomer(locale) })
  await browser.close()
  const orders = await (
    await fetch(`${portal.url}/api/orders?depth=0&limit=1`, { headers: { cookie } })
  ).json()
  const pages = {
    dashboard: `/${locale}`,
    'car page': `/${locale}/orders/${orders.docs[0].id}`,
    'my car': `/${locale}/orders/${orders.docs[0].id}/car`,
  }
  for (const [name, route] of Object.entries(pages)) {
    // The first render may write (e.g. updates marked seen); the later ones are what every visit costs.
    await fetch(`${portal.url}${route}`, { headers: { cookie } })
    const ids = []
    for (let i = 0; i < renders; i++) {
      const id = `qcount-${name.replace(/\W/g, '')}-${i}-${Date.now()}`
      const res = await fetch(`${portal.url}${route}`, { headers: { cookie, 'x-request-id': id } })
      if (!res.ok) throw new Error(`${route} answered ${res.status}`)
      await res.text()
      ids.push(id)
    }
    await new Promise((r) => setTimeout(r, 200))
    const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean)
    const byRequest = ids.map((id) =>
      lines.filter((l) => l.startsWith(`${id}\t`)).map((l) => l.split('\t')[1]),
    )
    const counts = byRequest.map((s) => s.length)
    const median = [...counts].sort((a, b) => a - b)[Math.floor(counts.length / 2)]
    const last = byRequest.at(-1)
    const times = new Map()
    for (const s of last) times.set(s, (times.get(s) ?? 0) + 1)
    const repeats = [...times].filter(([, n]) => n > 1)
    console.log(
      `\n${name} (${route}): ${median} statements per render (renders: ${counts.join(', ')})`,
    )
    for (const [s, n] of repeats) console.log(`  ${n}× ${s.slice(0, 160)}`)
    if (process.argv.includes('--show')) for (const s of last) console.log(`  · ${s.slice(0, 200)}`)
  }
} finally {
  await portal.stop()
  rmSync(tmp, { recursive: true, force: true })
}
