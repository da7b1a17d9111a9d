// The in-process half of scripts/bench/send-queries.mjs (run through tsx): sets up the senders on
// the app's own Payload and factories, then counts the SQL statements of each send.
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { createRequire } from 'node:module'

import { getPayload } from 'payload'

import config from '@payload-config'
import { sendRoute } from '@/features/messages/send-route'
import { createCustomer, createStaff } from '@/seed/factories'
import { createConversation } from '@/seed/message-factories'

import {
  customerSession,
  recordFactorCheck,
  staffPasswordSignIn,
} from '../../tests/int/support/identity'

const SENDS = Number(process.env.SENDS || 5)
const SHOW = Boolean(process.env.SHOW)
const STACK = process.env.STACK
// PROFILE=<file>: a CPU profile of the first sender's sends after the first (.cpuprofile).
const PROFILE = process.env.PROFILE
const PASSWORD = 'bench-send-password-1'

const payload = await getPayload({ config })

async function staffHeaders(id: string, email: string) {
  const { token, sid } = await staffPasswordSignIn(payload, { email }, PASSWORD)
  await recordFactorCheck(payload, { staff: id, sid })
  return { authorization: `JWT ${token}` }
}

const manager = await createStaff(payload, { role: 'account-manager', password: PASSWORD })
const customer = await createCustomer(payload, { accountManager: manager.id, password: PASSWORD })
const conversation = String((await createConversation(payload, customer.id)).id)
// A colleague who covers for `manager` while they are away (until next week).
const cover = await createStaff(payload, { role: 'account-manager', password: PASSWORD })
const senders: { name: string; headers: Record<string, string>; before?: () => Promise<void> }[] = [
  { name: 'account manager', headers: await staffHeaders(manager.id, manager.email) },
  {
    name: 'customer',
    headers: { cookie: (await customerSession(payload, customer)).headers.get('cookie')! },
  },
  {
    name: 'covering colleague (manager away)',
    headers: await staffHeaders(cover.id, cover.email),
    before: async () => {
      const today = new Date().toISOString().slice(0, 10)
      const until = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
      await payload.update({
        collection: 'staff',
        id: manager.id,
        data: { absence: { from: today, until, coveredBy: cover.id } },
        overrideAccess: true, // bench set-up: the absence that makes `cover` the covering colleague
      })
    },
  },
]

// Counted from here on: every statement the pg clients send, in order.
const pg = createRequire(import.meta.url)('pg')
const statements: string[] = []
const query = pg.Client.prototype.query
pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
  const c = args[0] as string | { text?: string }
  const text = String(typeof c === 'string' ? c : c?.text).replace(/\s+/g, ' ')
  statements.push(text)
  // STACK=<part of a statement>: where in the code that statement is sent from.
  if (STACK && text.includes(STACK))
    console.log(
      `\n${text.slice(0, 120)}\n${new Error().stack?.split('\n').slice(2, 40).join('\n')}`,
    )
  return query.apply(this, args)
}

let n = 0
let profiled = false
for (const { name, headers, before } of senders) {
  await before?.()
  const counts: number[] = []
  const ms: number[] = []
  let last: string[] = []
  const profiler = PROFILE && !profiled ? new Session() : null
  for (let i = 0; i < SENDS + 1; i++) {
    const body = `send ${name} ${i}`
    if (i === 1 && profiler) {
      profiler.connect()
      await profiler.post('Profiler.enable')
      await profiler.post('Profiler.start')
    }
    statements.length = 0
    const t0 = performance.now()
    const res = await sendRoute(
      new Request('http://localhost:3000/api/chat/messages', {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ conversation, clientId: `send-queries-${n++}`, body }),
      }),
    )
    if (res.status !== 201) throw new Error(`${name}: ${res.status} ${await res.text()}`)
    await res.text()
    // The first send warms caches (sessions, rate-limit buckets); the later ones are what each costs.
    if (i > 0) {
      counts.push(statements.length)
      ms.push(performance.now() - t0)
    }
    last = [...statements]
  }
  if (profiler) {
    const { profile } = await profiler.post('Profiler.stop')
    writeFileSync(PROFILE!, JSON.stringify(profile))
    profiler.disconnect()
    profiled = true
  }
  const median = [...counts].sort((a, b) => a - b)[Math.floor(counts.length / 2)]
  const medianMs = [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!
  console.log(
    `\n${name}: ${median} statements per send (sends: ${counts.join(', ')}), ${medianMs.toFixed(1)} ms median`,
  )
  const times = new Map<string, number>()
  for (const s of last) times.set(s, (times.get(s) ?? 0) + 1)
  for (const [s, k] of times) if (k > 1) console.log(`  ${k}× ${s.slice(0, 180)}`)
  if (SHOW)
    for (const s of last) console.log(`  · ${s.slice(0, Number(process.env.SHOW_CHARS || 240))}`)
}
process.exit(0)
