#!/usr/bin/env node
// What the portal does when PostgreSQL goes away under load and comes back (issue 10):
//  1. starts its own embedded PostgreSQL and the built production server as `npm start` runs it
//     (the cluster, demo data), in its own data directory and ports;
//  2. signs in a demo customer and queues a password-reset mail due during the outage;
//  3. runs a bounded load (--concurrency 6) on /api/health, /api/ready, Payload REST, the
//     dashboard and the sign-in page; stops PostgreSQL after --before s, starts it again after
//     --down s, keeps loading for --after s;
//  4. prints, per target, how requests were answered during the outage (status, content type,
//     slowest answer), whether any hung or showed a stack trace, the seconds from PostgreSQL's
//     return to the first of an unbroken run of successes, worker deaths, and whether the job ran
//     exactly once. Not a test: it needs a build and ~1 minute. Exit 1 when an expectation fails.
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import pg from 'pg'

import { loadDevSecrets } from '../../src/lib/dev-secrets.mjs'
import { connectionString, startEmbeddedPostgres } from '../lib/embedded-db.mjs'
import { demoCustomer, launchBrowser, signIn } from './sign-in.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const say = (m) => process.stderr.write(`▸ ${m}\n`)
const port = Number(arg('port', 3241))
const pgPort = Number(arg('pg-port', 54471))
const dataDir = path.resolve(root, arg('data-dir', '.data/outage'))
const concurrency = Number(arg('concurrency', 6))
const seconds = { before: +arg('before', 5), down: +arg('down', 10), after: +arg('after', 20) }
const base = `http://localhost:${port}`
const locale = 'en'
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

const secrets = loadDevSecrets(dataDir)
const outbox = path.join(dataDir, 'outbox')
const dbUrl = connectionString({
  port: pgPort,
  password: secrets.EMBEDDED_PG_PASSWORD,
  database: 'portal',
})
const startDb = () =>
  startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'pg'),
    port: pgPort,
    password: secrets.EMBEDDED_PG_PASSWORD,
    databases: ['portal'],
  })

async function startServer() {
  const child = spawn(process.execPath, [path.join(root, 'scripts/lib/server.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      PUBLIC_URL: base,
      DATABASE_URL: dbUrl,
      PAYLOAD_SECRET: secrets.PAYLOAD_SECRET,
      SEED_DEMO: 'true',
      JOBS_AUTORUN: 'true',
      OUTBOX_DIR: outbox,
      // Warnings and errors only: no access-log line per request.
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const events = { deaths: 0, stackTraces: 0 }
  const scan = (chunk) => {
    const text = String(chunk)
    events.deaths += (text.match(/ died \(/g) ?? []).length
  }
  child.stdout.on('data', scan)
  child.stderr.on('data', scan)
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
    if (
      await fetch(`${base}/api/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    if (i > 600) throw new Error('the server did not become ready in 5 minutes')
    await sleep(500)
  }
  const stop = async () => {
    if (child.exitCode !== null) return
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
  }
  return { events, stop, child }
}

/** A mail job that falls due while the database is away. */
async function queueJob(email) {
  const client = new pg.Client({ connectionString: dbUrl })
  await client.connect()
  try {
    const { rows } = await client.query('select id from customers where email = $1', [email])
    const due = new Date(Date.now() + (seconds.before + 2) * 1000)
    const job = await client.query(
      `insert into payload_jobs (input, task_slug, queue, wait_until)
       values ($1, 'sendAccountEmail', 'default', $2) returning id`,
      [{ customerId: rows[0].id, purpose: 'password-reset' }, due],
    )
    return job.rows[0].id
  } finally {
    await client.end()
  }
}

async function jobState(id) {
  const client = new pg.Client({ connectionString: dbUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      'select completed_at, total_tried, has_error from payload_jobs where id = $1',
      [id],
    )
    return rows[0]
  } finally {
    await client.end()
  }
}

const mailsTo = (email) => {
  try {
    return readdirSync(outbox).filter((f) =>
      readFileSync(path.join(outbox, f), 'utf8').includes(email),
    ).length
  } catch {
    return 0
  }
}

async function hit(target) {
  const started = Date.now()
  try {
    const res = await fetch(target.url, {
      headers: target.cookie ? { cookie: target.cookie } : {},
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    })
    const body = await res.text()
    return {
      status: res.status,
      type: (res.headers.get('content-type') ?? '').split(';')[0],
      ms: Date.now() - started,
      stack: /\n\s+at |node_modules|\.next\/server/.test(body),
    }
  } catch (err) {
    return { status: err.name === 'TimeoutError' ? 'hung' : 'refused', ms: Date.now() - started }
  }
}

/** The server, so a failure part-way still stops it (its PostgreSQL ends with this process). */
let running = null

async function main() {
  rmSync(outbox, { recursive: true, force: true })
  let db = await startDb()
  say(`PostgreSQL on ${pgPort}; starting the server (cluster) on ${port}…`)
  const server = await startServer()
  running = server
  const { email, password } = demoCustomer(locale)
  const browser = await launchBrowser()
  const { cookie } = await signIn({ browser, base, locale, email, password })
  await browser.close()
  const jobId = await queueJob(email)
  const mailsBefore = mailsTo(email)
  const targets = [
    { name: '/api/health', url: `${base}/api/health`, api: true },
    { name: '/api/ready', url: `${base}/api/ready`, api: true, db: true },
    {
      name: 'REST /api/orders',
      url: `${base}/api/orders?depth=0&limit=10`,
      cookie,
      api: true,
      db: true,
    },
    { name: `/${locale} dashboard`, url: `${base}/${locale}`, cookie, db: true },
    { name: `/${locale}/login`, url: `${base}/${locale}/login` },
  ]
  const results = []
  const t0 = Date.now()
  const end = t0 + (seconds.before + seconds.down + seconds.after) * 1000
  let n = 0
  const workers = Array.from({ length: concurrency }, async () => {
    while (Date.now() < end) {
      const target = targets[n++ % targets.length]
      const at = Date.now()
      results.push({ target: target.name, at, ...(await hit(target)) })
    }
  })
  await sleep(seconds.before * 1000)
  say('stopping PostgreSQL')
  await db.stop()
  const downAt = Date.now()
  await sleep(seconds.down * 1000)
  say('starting PostgreSQL again')
  // PostgreSQL accepts connections before startDb() returns: the outage ends when it is called.
  const upAt = Date.now()
  db = await startDb()
  await Promise.all(workers)

  const rows = targets.map((t) => {
    const own = results.filter((r) => r.target === t.name)
    const during = own.filter((r) => r.at > downAt && r.at < upAt)
    const after = own.filter((r) => r.at >= upAt)
    const ok = (r) => r.status === 200
    // The first success after which every answer of this target succeeded.
    let recoveredAt = null
    for (let i = after.length - 1; i >= 0 && ok(after[i]); i--) recoveredAt = after[i].at
    const statuses = {}
    for (const r of during) statuses[r.status] = (statuses[r.status] ?? 0) + 1
    return {
      target: t.name,
      requests: own.length,
      failed: own.filter((r) => !ok(r)).length,
      outage: {
        statuses,
        types: [...new Set(during.map((r) => r.type))],
        slowestMs: Math.max(0, ...during.map((r) => r.ms)),
      },
      hung: own.filter((r) => r.status === 'hung').length,
      stackTraces: own.filter((r) => r.stack).length,
      recoverySeconds: recoveredAt === null ? null : +((recoveredAt - upAt) / 1000).toFixed(1),
      api: t.api,
      db: t.db,
    }
  })
  // The job fell due during the outage; give the runner (every 5 s) time to pick it up. Payload
  // deletes a job once it completed, so a row that is gone is a job that ran to the end.
  const done = (j) => !j || Boolean(j.completed_at)
  let job = await jobState(jobId)
  for (let i = 0; i < 30 && !done(job); i++) {
    await sleep(1000)
    job = await jobState(jobId)
  }
  const mails = mailsTo(email) - mailsBefore
  await server.stop()
  await db.stop()

  const problems = []
  for (const r of rows) {
    if (r.hung) problems.push(`${r.target}: ${r.hung} requests hung`)
    if (r.stackTraces) problems.push(`${r.target}: a stack trace reached the client`)
    if (r.recoverySeconds === null) problems.push(`${r.target}: did not recover`)
    if (!r.db) continue
    if (r.api && r.outage.types.some((t) => t !== 'application/problem+json'))
      problems.push(`${r.target}: answered ${r.outage.types.join(', ')} during the outage`)
    if (Object.keys(r.outage.statuses).some((s) => s === '200' || s === 'refused'))
      problems.push(`${r.target}: ${JSON.stringify(r.outage.statuses)} during the outage`)
  }
  if (server.events.deaths) problems.push(`${server.events.deaths} workers died`)
  if (!done(job) || job?.has_error) problems.push(`the queued job did not complete`)
  if (mails !== 1) problems.push(`the queued mail was sent ${mails} times`)

  console.log(
    `PostgreSQL down for ${((upAt - downAt) / 1000).toFixed(1)} s under ${concurrency} concurrent requests\n`,
  )
  console.log('| target | requests | failed | during the outage | slowest | recovered after |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const r of rows) {
    const st = Object.entries(r.outage.statuses)
      .map(([s, c]) => `${c}× ${s}`)
      .join(', ')
    console.log(
      `| ${r.target} | ${r.requests} | ${r.failed} | ${st} (${r.outage.types.join(', ')}) | ${r.outage.slowestMs} ms | ${r.recoverySeconds ?? '—'} s |`,
    )
  }
  console.log(
    `\nworkers died: ${server.events.deaths}; queued job: ${done(job) ? 'completed' : `not completed (tried ${job.total_tried}×)`}, mail sent ${mails}×`,
  )
  if (problems.length) {
    console.log(`\nnot as expected:\n- ${problems.join('\n- ')}`)
    process.exit(1)
  }
}

await main().catch(async (err) => {
  process.stderr.write(`${err.stack ?? err}\n`)
  await running?.stop()
  process.exit(2)
})
