// The database an operator script works on: DATABASE_URL, or the embedded development database
// started exactly as scripts/with-db.mjs starts it. Callers load .env first.
import path from 'node:path'

import { loadDevSecrets } from '../../src/lib/dev-secrets.mjs'
import { connectionString, startEmbeddedPostgres } from './embedded-db.mjs'

export async function scriptDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} }
  const dataDir = process.env.DATA_DIR || '.data'
  const secrets = loadDevSecrets(dataDir)
  const port = Number(process.env.EMBEDDED_PG_PORT || 54329)
  const db = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'pg'),
    port,
    password: secrets.EMBEDDED_PG_PASSWORD,
    databases: ['portal'],
  })
  return {
    url: connectionString({ port, password: secrets.EMBEDDED_PG_PASSWORD, database: 'portal' }),
    stop: db.stop,
  }
}
