// The measuring half of scripts/bench/registrations.mjs, run by `payload run` against a freshly
// migrated database: N customers register at once for an event with S seats, through the app's
// own registerForEvent (event row lock, trigger, notifications). Prints latency percentiles.
import { getPayload } from 'payload'

import config from '../../src/payload.config'
import { createEvent, registerCustomer } from '../../src/seed/event-factories'
import { createCustomer, createStaff } from '../../src/seed/factories'

const N = Number(process.env.BENCH_REGISTRATIONS || 500)
const SEATS = Number(process.env.BENCH_SEATS || 20)

const payload = await getPayload({ config })
const manager = await createStaff(payload, {
  role: 'account-manager',
  password: 'bench-password-not-used-1',
})
const people = []
for (let i = 0; i < N; i += 25)
  people.push(
    ...(await Promise.all(
      Array.from({ length: Math.min(25, N - i) }, () =>
        createCustomer(payload, { accountManager: manager.id }),
      ),
    )),
  )
const event = await createEvent(payload, { capacity: SEATS })
const started = performance.now()
const latencies = await Promise.all(
  people.map(async (c) => {
    const t0 = performance.now()
    await registerCustomer(payload, c, event.id)
    return performance.now() - t0
  }),
)
const wall = performance.now() - started
const { totalDocs: confirmed } = await payload.count({
  collection: 'event-registrations',
  where: { event: { equals: event.id }, status: { equals: 'confirmed' } },
  overrideAccess: true, // bench: the outcome, whoever may read it
})
latencies.sort((a, b) => a - b)
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]
const ms = (v: number) => `${v.toFixed(0)} ms`
console.log(
  `registrations: ${N} at once for ${SEATS} seats → ${confirmed} confirmed, ${N - confirmed} waitlisted`,
)
console.log(`wall time ${ms(wall)}, throughput ${((N / wall) * 1000).toFixed(0)} registrations/s`)
console.log(
  `latency p50 ${ms(pct(50))}  p95 ${ms(pct(95))}  p99 ${ms(pct(99))}  max ${ms(pct(100))}`,
)
process.exit(confirmed === SEATS ? 0 : 1)
