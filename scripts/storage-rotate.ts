// `npm run storage:rotate`: re-wraps every stored file's data key under the newest key in
// STORAGE_KEYS (the first), in batches, without re-encrypting any content. Safe to stop and run
// again, and to run twice. Connects to DATABASE_URL or the embedded development database; uses the same keyring as the portal (src/lib/env.ts).
// Prints the counts; exit 0 = every file under the newest key, 1 = some could not be unwrapped
// (listed: their key id is missing from STORAGE_KEYS, or the row is damaged), 2 = could not run.
import { existsSync } from 'node:fs'

import pg from 'pg'

import { rotateKeys } from '../src/lib/storage/rotate-keys'
import { scriptDatabase } from './lib/script-database'

if (existsSync('.env')) process.loadEnvFile('.env')
let code = 0
let stop = async () => {}
let client: pg.Client | undefined
try {
  // Imported after .env is loaded: env.ts reads the environment when it is first imported.
  const { env } = await import('../src/lib/env')
  if (!env.STORAGE_KEYS) throw new Error('STORAGE_KEYS is not set (see .env.example)')
  const keyring = env.STORAGE_KEYS
  const db = await scriptDatabase()
  stop = db.stop
  client = new pg.Client({ connectionString: db.url })
  await client.connect()
  console.log(`re-wrapping data keys under "${keyring.currentId}" …`)
  const result = await rotateKeys({
    db: client,
    keyring,
    onBatch: (done) => console.log(`  ${done} re-wrapped so far`),
  })
  console.log(
    `storage rotate: ${result.rotated} re-wrapped, ${result.current} already under "${keyring.currentId}", ${result.failed.length} failed`,
  )
  for (const f of result.failed) console.log(`  failed ${f.id}: ${f.reason}`)
  if (result.failed.length) code = 1
} catch (err) {
  console.error(`storage rotation could not run: ${(err as Error).message}`)
  code = 2
} finally {
  await client?.end().catch(() => {})
  await stop()
}
process.exit(code)
