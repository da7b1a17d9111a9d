#!/usr/bin/env node
// Runs a command against the embedded PostgreSQL (started if needed), e.g. for
// `npm run migrate:create`. With DATABASE_URL set, runs the command as is.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

import { loadDevSecrets } from '../src/lib/dev-secrets.mjs'
import { connectionString, startEmbeddedPostgres } from './lib/embedded-db.mjs'

if (existsSync('.env')) process.loadEnvFile('.env')
const [cmd, ...args] = process.argv.slice(2)
const env = { ...process.env }
let db = { stop: async () => {} }
if (!env.DATABASE_URL) {
  const dataDir = env.DATA_DIR || '.data'
  const secrets = loadDevSecrets(dataDir)
  const port = Number(env.EMBEDDED_PG_PORT || 54329)
  db = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'pg'),
    port,
    password: secrets.EMBEDDED_PG_PASSWORD,
    databases: ['portal'],
  })
  env.DATABASE_URL = connectionString({
    port,
    password: secrets.EMBEDDED_PG_PASSWORD,
    database: 'portal',
  })
}
// Not spawnSync: this process must keep draining PostgreSQL's log pipe while the command runs.
const status = await new Promise((resolve) => {
  const child = spawn(cmd, args, { stdio: 'inherit', env })
  child.on('error', () => resolve(1))
  child.on('close', (code) => resolve(code ?? 1))
})
await db.stop()
process.exit(status)
