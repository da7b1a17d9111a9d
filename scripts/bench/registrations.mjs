#!/usr/bin/env node
// 500 concurrent event registrations for 20 seats against a real PostgreSQL: prints the p50/p99
// latency of one registration, the total time of the burst, and checks that exactly 20 are
// confirmed (the rest waitlisted). Starts its own embedded PostgreSQL (own port and data
// directory, recreated each run), applies the committed migrations, and runs the app's own
// registration code in scripts/bench/registrations-worker.ts.
//   node scripts/bench/registrations.mjs [--registrations 500] [--seats 20] [--pg-port 54433]
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
const port = Number(arg('pg-port', 54433))
const secrets = loadDevSecrets(dataDir)
const db = await startEmbeddedPostgres({
  dataDir: path.join(dataDir, 'pg'),
  port,
  password: secrets.EMBEDDED_PG_PASSWORD,
  databases: ['registrations_bench'],
  recreate: true,
})
let status = 1
try {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      path.join(root, 'scripts/bench/server-only-hooks.mjs'),
      '--import',
      'tsx',
      path.join(root, 'scripts/bench/registrations-worker.ts'),
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        JOBS_AUTORUN: 'false',
        DATABASE_URL: connectionString({
          port,
          password: secrets.EMBEDDED_PG_PASSWORD,
          database: 'registrations_bench',
        }),
        BENCH_REGISTRATIONS: arg('registrations', '500'),
        BENCH_SEATS: arg('seats', '20'),
      },
    },
  )
  status = result.status ?? 1
} finally {
  await db.stop()
}
process.exit(status)
