#!/usr/bin/env node
// Time to complete a signature (issue 13): from the sign API call to the signed PDF being
// available, for a 20-page contract. Starts its own embedded PostgreSQL (own port and data
// directory, recreated each run), applies the committed migrations, and runs the app's own
// route handler and signing code in scripts/bench/esign-worker.ts.
//   node scripts/bench/esign.mjs [--rounds 10] [--pages 20] [--pg-port 54432]
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
const dataDir = path.resolve(root, arg('data-dir', '.data/bench-esign'))
const port = Number(arg('pg-port', 54432))
const secrets = loadDevSecrets(dataDir)
const db = await startEmbeddedPostgres({
  dataDir: path.join(dataDir, 'pg'),
  port,
  password: secrets.EMBEDDED_PG_PASSWORD,
  databases: ['esign_bench'],
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
      path.join(root, 'scripts/bench/esign-worker.ts'),
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
          database: 'esign_bench',
        }),
        BENCH_ROUNDS: arg('rounds', '10'),
        BENCH_PAGES: arg('pages', '20'),
      },
    },
  )
  status = result.status ?? 1
} finally {
  await db.stop()
}
process.exit(status)
