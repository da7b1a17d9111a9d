#!/usr/bin/env node
// SQL statements per message send (issue 14: the POST is nearly all of live delivery's latency):
// its own embedded PostgreSQL (recreated each run) and one in-process Payload
// (scripts/bench/send-queries-worker.ts) that sends messages through POST /api/chat/messages's
// own handler, as an account manager (as scripts/bench/live.mjs does), as an account manager
// covering for an absent colleague, and as a customer, one after another, counting the
// statements each send makes. Prints, per sender, the median count and which statements repeat.
// Not a test: a tool to find needless queries.
//   node scripts/bench/send-queries.mjs [--pg-port 54434] [--sends 5] [--show]
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { loadDevSecrets, loadDevStorageKeys } from '../../src/lib/dev-secrets.mjs'
import { connectionString, startEmbeddedPostgres } from '../lib/embedded-db.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const dataDir = path.resolve(root, arg('data-dir', '.data/bench-send-queries'))
const port = Number(arg('pg-port', 54434))
const secrets = loadDevSecrets(dataDir)
const db = await startEmbeddedPostgres({
  dataDir: path.join(dataDir, 'pg'),
  port,
  password: secrets.EMBEDDED_PG_PASSWORD,
  databases: ['send_queries'],
  recreate: true,
})
let status = 1
try {
  const child = spawn(
    process.execPath,
    [
      '--require',
      path.join(root, 'tests/support/server-only-off.cjs'),
      '--import',
      'tsx',
      'scripts/bench/send-queries-worker.ts',
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DATABASE_URL: connectionString({
          port,
          password: secrets.EMBEDDED_PG_PASSWORD,
          database: 'send_queries',
        }),
        PAYLOAD_SECRET: secrets.PAYLOAD_SECRET,
        STORAGE_KEYS: loadDevStorageKeys(dataDir),
        SEED_DEMO: 'false',
        JOBS_AUTORUN: 'false',
        LOG_LEVEL: 'warn',
        SENDS: arg('sends', '5'),
        SHOW: process.argv.includes('--show') ? '1' : '',
      },
    },
  )
  status = await new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)))
} finally {
  await db.stop()
}
process.exit(status)
