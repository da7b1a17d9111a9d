// `npm run audit:verify`: walks the audit log in seq order and checks every hash link, with the
// same canonical form the application writes (imported through tsx, not copied). Connects to
// DATABASE_URL, or to the embedded development database exactly as scripts/with-db.mjs does.
// Prints `audit chain OK: N entries` (exit 0) or `audit chain BROKEN at seq S: reason` (exit 1).
import { existsSync } from 'node:fs'

import pg from 'pg'

import { createChainVerifier } from '../src/lib/audit/verify-chain'
import { scriptDatabase } from './lib/script-database'

const BATCH = 1000

async function verify(client: pg.Client) {
  const verifier = createChainVerifier()
  let after = 0
  for (;;) {
    // Keyset paging: constant memory, and rows appended while we read are checked too.
    const { rows } = await client.query(
      `select seq, created_at as "createdAt", actor_type as "actorType", actor_id as "actorId",
              actor_label as "actorLabel", action, target_type as "targetType", target_id as "targetId",
              outcome, ip, user_agent as "userAgent", request_id as "requestId", details,
              prev_hash as "prevHash", hash
         from audit_log where seq > $1 order by seq limit $2`,
      [after, BATCH],
    )
    for (const row of rows) if (!verifier.push(row)) return verifier.result()
    if (rows.length < BATCH) return verifier.result()
    after = Number(rows[rows.length - 1].seq)
  }
}

if (existsSync('.env')) process.loadEnvFile('.env')
const { url, stop } = await scriptDatabase()
const client = new pg.Client({ connectionString: url })
let code = 0
try {
  await client.connect()
  const result = await verify(client)
  if (result.ok) console.log(`audit chain OK: ${result.checked} entries`)
  else {
    console.log(
      `audit chain BROKEN at seq ${result.firstBroken!.seq}: ${result.firstBroken!.reason}`,
    )
    code = 1
  }
} catch (err) {
  console.error(`audit verification could not run: ${(err as Error).message}`)
  code = 2
} finally {
  await client.end().catch(() => {})
  await stop()
}
process.exit(code)
