#!/usr/bin/env node
// Event registration latency under load (issue 15): starts its own embedded PostgreSQL (own port
// and data directory, recreated each run), applies the committed migrations, then 500 customers
// register at once for 20 seats through the app's own code path (registrations-worker.ts).
// Prints p50/p95/p99 latency per registration and checks that exactly the seats were confirmed.
//   node scripts/bench/registrations.mjs [--registrations 500] [--seats 20] [--pg-port 54482]
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { loadDevSecrets } from '../../src/lib/dev-secrets.mjs'
import { connectionString, startEmbeddedPostgres } from '../lib/embedded-db.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const dataDir = path.resolve(root, arg('data-dir', '.data/bench-registrations'))
const port = Number(arg('pg-port', 54482))
const secrets = loadDevSecrets(dataDir)
const db = await startEmbeddedPostgres({
  dataDir: path.join(dataDir, 'pg'),
  port,
  password: secrets.EMBEDDED_PG_PASSWORD,
  databases: ['registrations_bench'],
  recreate: true,
})
const env = {
  ...process.env,
  NODE_ENV: 'development',
  DATA_DIR: dataDir,
  JOBS_AUTORUN: 'false',
  LOG_LEVEL: 'warn',
  DATABASE_URL: connectionString({
    port,
    password: secrets.EMBEDDED_PG_PASSWORD,
    database: 'registrations_bench',
  }),
  BENCH_REGISTRATIONS: arg('registrations', '500'),
  BENCH_SEATS: arg('seats', '20'),
}
const payloadCli = (...args) =>
  spawnSync(
    process.execPath,
    ['--require', './scripts/keepalive.cjs', 'node_modules/payload/bin.js', ...args],
    { cwd: root, stdio: 'inherit', env },
  ).status ?? 1
let status = 1
try {
  status = payloadCli('migrate')
  if (status === 0) status = payloadCli('run', 'scripts/bench/registrations-worker.ts')
} finally {
  await db.stop()
}
process.exit(status)
