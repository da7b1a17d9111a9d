#!/usr/bin/env node
// Help search p95 with 2,000 articles (issue 14): starts its own embedded PostgreSQL (own port
// and data directory, recreated each run), applies the committed migrations, writes 2,000
// published articles in nl/en/de (variants of the demo texts; the trigger builds their search
// vectors), then times the help search's own SQL — full-text with ranking and ts_headline, and
// the pg_trgm fallback for typos — one at a time and 8 in parallel. Not measured: the access
// step after the SQL (one indexed lookup of the ≤30 hit ids, plus the customer's orders).
//   node scripts/bench/help-search.mjs [--articles 2000] [--rounds 20] [--pg-port 54481]
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
const dataDir = path.resolve(root, arg('data-dir', '.data/bench-help'))
const port = Number(arg('pg-port', 54481))
const secrets = loadDevSecrets(dataDir)
const db = await startEmbeddedPostgres({
  dataDir: path.join(dataDir, 'pg'),
  port,
  password: secrets.EMBEDDED_PG_PASSWORD,
  databases: ['help_bench'],
  recreate: true,
})
let status = 1
try {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'scripts/bench/help-search-worker.ts')],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        DATABASE_URL: connectionString({
          port,
          password: secrets.EMBEDDED_PG_PASSWORD,
          database: 'help_bench',
        }),
        BENCH_ARTICLES: arg('articles', '2000'),
        BENCH_ROUNDS: arg('rounds', '20'),
        BENCH_CONCURRENCY: arg('concurrency', '8'),
      },
    },
  )
  status = result.status ?? 1
} finally {
  await db.stop()
}
process.exit(status)
