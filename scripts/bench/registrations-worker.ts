// The measuring half of scripts/bench/registrations.mjs (run through tsx, `server-only` stubbed as
// in the tests): the same locked registration path as the portal and the 500-registration test in
// tests/int/event-registrations.int.test.ts — N customers register for one event of S seats at
// once; the latency of each call, the wall time of the whole burst, and the confirmed count.
import { getPayload } from 'payload'

import config from '../../src/payload.config'
import { migrations } from '../../src/migrations'
import { createEvent, registerCustomer } from '../../src/seed/event-factories'
import { createCustomer, createStaff } from '../../src/seed/factories'
import type { Customer } from '../../src/payload-types'

const N = Number(process.env.BENCH_REGISTRATIONS || 500)
const SEATS = Number(process.env.BENCH_SEATS || 20)

const payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrations as never })
const manager = await createStaff(payload, {
  role: 'account-manager',
  password: 'bench-password-123456',
})
const people: Customer[] = []
for (let i = 0; i < N; i += 25)
  people.push(
    ...(await Promise.all(
      Array.from({ length: Math.min(25, N - i) }, () =>
        createCustomer(payload, { accountManager: manager.id }),
      ),
    )),
  )
const event = await createEvent(payload, { capacity: SEATS })
console.log(`${N} customers register at once for ${SEATS} seats`)

const latencies: number[] = []
let failed = 0
const t0 = performance.now()
await Promise.all(
  people.map(async (c) => {
    const start = performance.now()
    try {
      await registerCustomer(payload, c, event.id)
    } catch {
      failed++
    }
    latencies.push(performance.now() - start)
  }),
)
const total = performance.now() - t0

const count = (status: string) =>
  payload
    .count({
      collection: 'event-registrations',
      where: { and: [{ event: { equals: event.id } }, { status: { equals: status } }] },
      overrideAccess: true, // bench: the outcome in the database, whoever may see it
    })
    .then((r) => r.totalDocs)
const confirmed = await count('confirmed')
const waitlisted = await count('waitlisted')

const sorted = latencies.sort((a, b) => a - b)
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
const fmt = (x: number) => `${Math.round(x)} ms`
console.log(
  `registration latency: p50 ${fmt(at(0.5))}, p99 ${fmt(at(0.99))}, max ${fmt(sorted.at(-1)!)}`,
)
console.log(`all ${N} registrations: ${fmt(total)} total`)
console.log(`confirmed ${confirmed}, waitlisted ${waitlisted}, failed ${failed}`)
const ok = confirmed === SEATS && waitlisted === N - SEATS && failed === 0
console.log(ok ? `OK: exactly ${SEATS} confirmed` : `FAILED: expected exactly ${SEATS} confirmed`)
process.exit(ok ? 0 : 1)
