import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { findCustomerSession, revokeAllCustomerSessions } from '@/lib/auth/customer-sessions'
import { sessionCache } from '@/lib/auth/session-cache'
import { signOutCustomer } from '@/lib/auth/sign-out'
import { createCustomer } from '@/seed/factories'

import { customerSession } from './support/identity'
import { PASSWORD, testPayload } from './support/world'

// Session lookups are cached per process (src/lib/auth/session-cache.ts). Revocation must still
// end a session everywhere within a second: this test revokes in this process and watches a
// second process (tests/int/support/session-peer.ts, its own Payload, cache and listener) whose
// cache keeps entries for 60 s, so only the database's notification can make it let go in time.
const PEER_CACHE_SECONDS = '60'

type TPeerLine = { ready?: true; hits?: number; misses?: number; gone?: number; at?: number }

let payload: Payload
let peer: ChildProcess
let lines: AsyncIterator<string>
const tokens: string[] = []
const customers: string[] = []

async function next(): Promise<TPeerLine> {
  const { value, done } = await lines.next()
  if (done) throw new Error(`the peer process ended (exit ${peer.exitCode})`)
  return JSON.parse(value) as TPeerLine
}

beforeAll(async () => {
  payload = await testPayload()
  for (let i = 0; i < 3; i++) {
    const customer = await createCustomer(payload, { password: PASSWORD })
    customers.push(customer.id)
    tokens.push((await customerSession(payload, customer)).token)
  }
  peer = spawn(
    process.execPath,
    [path.resolve('node_modules/tsx/dist/cli.mjs'), 'tests/int/support/session-peer.ts', ...tokens],
    {
      env: { ...process.env, SESSION_CACHE_SECONDS: PEER_CACHE_SECONDS, JOBS_AUTORUN: 'false' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  lines = createInterface({ input: peer.stdout! })[Symbol.asyncIterator]()
  // The peer prints only JSON lines; Payload's own start-up log goes to stdout as JSON too.
  const first = await nextOwn()
  expect(first.ready).toBe(true)
  // Every token's second lookup came from the peer's cache, not from the database.
  expect(first.hits).toBe(tokens.length)
}, 120_000)

async function nextOwn(): Promise<TPeerLine> {
  for (;;) {
    const line = await next()
    if ('ready' in line || 'gone' in line || 'misses' in line) return line
  }
}

afterAll(() => {
  if (peer && peer.exitCode === null) peer.kill()
})

describe('session cache across processes', () => {
  it('a revocation here ends the cached session in the other process within a second', async () => {
    const revoke = [
      // Sign-out of one session.
      () => signOutCustomer({ payload, token: tokens[0] }),
      // Staff disable the customer (the hook ends every session).
      () =>
        payload.update({
          collection: 'customers',
          id: customers[1]!,
          data: { status: 'disabled' },
          overrideAccess: true, // test setup: as an admin's save would
        }),
      // "Sign out everywhere" / password change.
      () => revokeAllCustomerSessions({ payload, customerId: customers[2]! }),
    ]
    for (const [i, run] of revoke.entries()) {
      await run()
      const committedAt = Date.now()
      const line = await nextOwn()
      expect(line.gone).toBe(i)
      expect(line.at! - committedAt).toBeLessThan(1000)
    }
    const done = await nextOwn()
    // One database lookup per token to fill the cache, one after each revocation: every other
    // lookup in between (hundreds) was answered from the cache.
    expect(done.misses).toBe(2 * tokens.length)
    expect(done.hits).toBeGreaterThan(tokens.length)
  })
})

describe('session cache in the process that revokes', () => {
  it('answers from the cache, and a sign-out holds for the very next lookup', async () => {
    const cache = sessionCache()
    expect(cache?.active).toBe(true)
    const customer = await createCustomer(payload, { password: PASSWORD })
    const { token } = await customerSession(payload, customer)
    // The notification of the session's creation may still be on its way; wait until it is kept.
    let hitsBefore = 0
    for (let i = 0; i < 100; i++) {
      await findCustomerSession(payload, token)
      hitsBefore = cache!.stats.hits
      if ((await findCustomerSession(payload, token)) && cache!.stats.hits > hitsBefore) break
      await new Promise((r) => setTimeout(r, 10))
    }
    expect(cache!.stats.hits).toBeGreaterThan(hitsBefore)
    await signOutCustomer({ payload, token })
    expect(await findCustomerSession(payload, token)).toBeNull()
  })
})
