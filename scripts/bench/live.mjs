#!/usr/bin/env node
// Live delivery across instances (issue 14): its own embedded PostgreSQL (recreated each run), two
// app instances (tests/int/support/live-peer.ts: the app's own Payload, live hub and route
// handlers behind a plain HTTP server), 1,000 open SSE streams on instance B (one timed customer
// per sender, the rest spread over idle customers), then messages POSTed to instance A one after
// another, the senders (account managers) in turn; latency = from the start of the POST on A to
// the event's arrival on B's stream. Memory per connection = B's RSS and heap growth (after full
// collections) from the timed streams to N open streams, divided by the streams added, and the
// same for the second half alone (N/2 to N: the marginal cost of one more stream). Both instances
// run in production mode, as `npm start` runs them.
//   node scripts/bench/live.mjs [--connections 1000] [--senders 3] [--messages 100 (per sender)]
//     [--pg-port 54433]
import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

import { loadDevSecrets, loadDevStorageKeys } from '../../src/lib/dev-secrets.mjs'
import { connectionString, startEmbeddedPostgres } from '../lib/embedded-db.mjs'
import { readSse } from '../lib/sse-client.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const CONNECTIONS = Number(arg('connections', 1000))
// At most 110 sends per sender: the per-account send limit is 120 per 5 minutes
// (src/lib/rate-limit/limits.ts). Several senders (each an account manager writing to their own
// customer, whose stream is timed) give a p99 that is a percentile: of 100 sends it is the maximum.
const SENDERS = Math.max(1, Number(arg('senders', 3)))
const MESSAGES = Math.min(100, Number(arg('messages', 100)))
const dataDir = path.resolve(root, arg('data-dir', '.data/bench-live'))
const port = Number(arg('pg-port', 54433))
const secrets = loadDevSecrets(dataDir)
const db = await startEmbeddedPostgres({
  dataDir: path.join(dataDir, 'pg'),
  port,
  password: secrets.EMBEDDED_PG_PASSWORD,
  databases: ['live_bench'],
  recreate: true,
})
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  DATABASE_URL: connectionString({
    port,
    password: secrets.EMBEDDED_PG_PASSWORD,
    database: 'live_bench',
  }),
  PAYLOAD_SECRET: secrets.PAYLOAD_SECRET,
  STORAGE_KEYS: loadDevStorageKeys(dataDir),
  SEED_DEMO: 'false',
  JOBS_AUTORUN: 'false',
  LOG_LEVEL: 'warn',
  // As `npm start` runs it.
  NODE_ENV: 'production',
}
const children = []

/** Runs a tsx script and resolves with its first JSON line that has `key`. */
function start(script, key, args = []) {
  const child = spawn(
    process.execPath,
    [
      ...args,
      '--require',
      path.join(root, 'tests/support/server-only-off.cjs'),
      '--import',
      'tsx',
      script,
    ],
    { cwd: root, env, stdio: ['pipe', 'pipe', 'inherit'] },
  )
  children.push(child)
  const lines = []
  const waiting = []
  createInterface({ input: child.stdout }).on('line', (text) => {
    let line
    try {
      line = JSON.parse(text)
    } catch {
      return
    }
    const w = waiting.findIndex((x) => x.key in line)
    if (w >= 0) waiting.splice(w, 1)[0].resolve(line)
    else lines.push(line)
  })
  const next = (k) =>
    new Promise((resolve, reject) => {
      const i = lines.findIndex((l) => k in l)
      if (i >= 0) return resolve(lines.splice(i, 1)[0])
      waiting.push({ key: k, resolve })
      child.once('exit', (code) => code && reject(new Error(`${script} ended (${code})`)))
    })
  return { child, first: next(key), next }
}

const pct = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const kB = (bytes) => (bytes / 1024).toFixed(1)

let status = 1
try {
  env.BENCH_SENDERS = String(SENDERS)
  const setup = start('scripts/bench/live-setup.ts', 'bench')
  const { bench } = await setup.first
  const a = start('tests/int/support/live-peer.ts', 'port', ['--expose-gc'])
  const b = start('tests/int/support/live-peer.ts', 'port', ['--expose-gc'])
  const urlA = `http://127.0.0.1:${(await a.first).port}`
  const urlB = `http://127.0.0.1:${(await b.first).port}`
  const mem = async () => {
    b.child.stdin.write('mem\n')
    return b.next('rss')
  }

  const streams = []
  const open = async (cookie, onEvent = () => {}) => {
    const abort = new AbortController()
    const res = await fetch(`${urlB}/api/live`, { headers: { cookie }, signal: abort.signal })
    if (res.status !== 200) throw new Error(`stream answered ${res.status}: ${await res.text()}`)
    const ready = new Promise((resolve) => {
      const reading = readSse(res.body, (e) => (e.event === 'ready' ? resolve() : onEvent(e)))
      streams.push({ abort, reading })
    })
    await ready
  }
  const arrivals = new Map()
  for (const sender of bench.senders)
    await open(sender.subjectCookie, (e) => {
      if (e.event !== 'message') return
      const body = JSON.parse(e.data).body
      arrivals.get(body)?.(performance.now())
    })
  const before = await mem()
  const started = performance.now()
  let half = null
  for (let i = bench.senders.length; i < CONNECTIONS; i += 50) {
    // Halfway: the second half's growth is the marginal cost of a stream, without the one-time
    // cost of the first ones (code the auth path compiles, pool connections, allocator arenas).
    if (!half && i >= CONNECTIONS / 2) {
      await new Promise((r) => setTimeout(r, 2000))
      half = await mem()
    }
    await Promise.all(
      Array.from({ length: Math.min(50, CONNECTIONS - i) }, (_, j) =>
        open(bench.idle[(i + j) % bench.idle.length]),
      ),
    )
  }
  const openedMs = performance.now() - started
  half ??= before
  await new Promise((r) => setTimeout(r, 2000))
  const after = await mem()

  const post = (sender, body) =>
    fetch(`${urlA}/api/chat/messages`, {
      method: 'POST',
      headers: { authorization: `JWT ${sender.staffToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ conversation: sender.conversation, clientId: `bench-${body}`, body }),
    })
  const latencies = []
  const postTimes = []
  // One after another, the senders in turn; the first ten sends of each warm up both instances.
  for (let i = 0; i < (MESSAGES + 10) * SENDERS; i++) {
    const sender = bench.senders[i % SENDERS]
    const body = `m${i}-${Date.now()}`
    const arrived = new Promise((resolve, reject) => {
      arrivals.set(body, resolve)
      setTimeout(() => reject(new Error(`message ${i} never arrived`)), 10_000)
    })
    const t0 = performance.now()
    const res = await post(sender, body)
    if (res.status !== 201) throw new Error(`POST answered ${res.status}: ${await res.text()}`)
    const answered = performance.now()
    const t1 = await arrived
    arrivals.delete(body)
    if (i >= 10 * SENDERS) {
      latencies.push(t1 - t0)
      postTimes.push(answered - t0)
    }
    await new Promise((r) => setTimeout(r, 20))
  }
  latencies.sort((x, y) => x - y)
  postTimes.sort((x, y) => x - y)
  const n = CONNECTIONS - SENDERS
  console.log(
    JSON.stringify(
      {
        connections: after.streams,
        openedInMs: Math.round(openedMs),
        senders: SENDERS,
        messages: latencies.length,
        latencyMs: {
          p50: +pct(latencies, 50).toFixed(1),
          p90: +pct(latencies, 90).toFixed(1),
          p99: +pct(latencies, 99).toFixed(1),
          max: +latencies.at(-1).toFixed(1),
        },
        // How much of it is instance A answering the POST (auth, write, commit): the rest is fan-out.
        postAnswerMs: { p50: +pct(postTimes, 50).toFixed(1), p99: +pct(postTimes, 99).toFixed(1) },
        loadAverage: (await import('node:os')).loadavg().map((x) => +x.toFixed(2)),
        perConnectionKB: {
          rss: kB((after.rss - before.rss) / n),
          heap: kB((after.heap - before.heap) / n),
          secondHalf: {
            rss: kB((after.rss - half.rss) / (after.streams - half.streams)),
            heap: kB((after.heap - half.heap) / (after.streams - half.streams)),
          },
        },
        instanceB: {
          rssMB: (after.rss / 1048576).toFixed(0),
          heapMB: (after.heap / 1048576).toFixed(0),
        },
      },
      null,
      2,
    ),
  )
  for (const s of streams) s.abort.abort()
  status = 0
} catch (err) {
  console.error(err)
} finally {
  for (const c of children) if (c.exitCode === null) c.kill()
  await db.stop()
}
process.exit(status)
