import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { listen, type TListener } from '@/lib/db/listen'
import { env } from '@/lib/env'

import { connectionString, startEmbeddedPostgres } from '../../scripts/lib/embedded-db.mjs'

// PostgreSQL goes away and comes back, at the level the portal's recovery rests on: the pool
// every request uses (configured as in payload.config.ts, with the error listener of
// src/payload/on-init.ts) and the session cache's database listener (src/lib/db/listen.ts).
// A PostgreSQL of its own, so stopping it disturbs no other test. The whole server under load
// is measured by scripts/bench/db-outage.mjs.
// Beside the e2e server's port, so parallel checkouts (each with its own E2E_PORT) never collide.
const PORT = Number(process.env.E2E_PORT || 3100) + 30
const PASSWORD = 'outage-test-password'
const until = async (what: () => boolean, ms: number) => {
  const end = Date.now() + ms
  while (!what()) {
    if (Date.now() > end) return false
    await new Promise((r) => setTimeout(r, 20))
  }
  return true
}

let db: { stop: () => Promise<void> }
let pool: pg.Pool
let listener: TListener
const heard: string[] = []
let resets = 0
const poolErrors: Error[] = []
const start = () =>
  startEmbeddedPostgres({
    dataDir: path.resolve(env.DATA_DIR, 'outage-test-pg'),
    port: PORT,
    password: PASSWORD,
    databases: ['outage'],
  })
const url = connectionString({ port: PORT, password: PASSWORD, database: 'outage' })

beforeAll(async () => {
  db = await start()
  pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5_000 })
  pool.on('error', (err) => poolErrors.push(err))
  listener = listen({
    connectionString: url,
    channel: 'outage_test',
    onNotify: (p) => heard.push(p),
    onReset: () => resets++,
  })
  expect(await until(() => listener.connected, 10_000)).toBe(true)
}, 60_000)

afterAll(async () => {
  await listener?.close()
  await pool?.end().catch(() => {})
  await db?.stop()
})

describe('PostgreSQL stops and starts again', () => {
  it('fails queries fast while away, and the same pool and listener recover by themselves', async () => {
    // Idle pooled connections and the listener are open when the database goes.
    await Promise.all([pool.query('select 1'), pool.query('select 1')])
    await pool.query(`select pg_notify('outage_test', 'before')`)
    expect(await until(() => heard.includes('before'), 2_000)).toBe(true)

    await db.stop()
    expect(await until(() => !listener.connected, 2_000)).toBe(true)
    expect(resets).toBeGreaterThan(0)
    const started = Date.now()
    await expect(pool.query('select 1')).rejects.toThrow()
    // Refused at once, not queued until the connection timeout.
    expect(Date.now() - started).toBeLessThan(5_000)

    db = await start()
    // No new pool, no restart: the next query works, and the listener is back.
    await expect(pool.query('select 1 as ok')).resolves.toMatchObject({ rows: [{ ok: 1 }] })
    expect(await until(() => listener.connected, 10_000)).toBe(true)
    await pool.query(`select pg_notify('outage_test', 'after')`)
    expect(await until(() => heard.includes('after'), 2_000)).toBe(true)
    // The dropped idle connections were reported to the listener instead of ending the process.
    expect(poolErrors.length).toBeGreaterThan(0)
  }, 60_000)
})
