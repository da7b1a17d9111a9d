// The setup half of scripts/bench/live.mjs (run through tsx, on the app's own Payload and
// factories): `BENCH_SENDERS` account managers with a verified session, each with one customer
// whose stream is timed, and `BENCH_IDLE` customers whose sessions hold the other open streams.
// Prints one JSON line.
import { getPayload } from 'payload'

import config from '@payload-config'
import { createCustomer, createStaff } from '@/seed/factories'
import { createConversation } from '@/seed/message-factories'

import {
  customerSession,
  recordFactorCheck,
  staffPasswordSignIn,
} from '../../tests/int/support/identity'

const IDLE = Number(process.env.BENCH_IDLE || 50)
const SENDERS = Number(process.env.BENCH_SENDERS || 1)
const PASSWORD = 'bench-live-password-1'

const payload = await getPayload({ config })
const cookie = (h: Headers) => h.get('cookie')!
const senders: { staffToken: string; subjectCookie: string; conversation: string }[] = []
let manager = ''
for (let i = 0; i < Math.max(1, SENDERS); i++) {
  const staff = await createStaff(payload, { role: 'account-manager', password: PASSWORD })
  const { token, sid } = await staffPasswordSignIn(payload, staff, PASSWORD)
  await recordFactorCheck(payload, { staff: staff.id, sid })
  manager ||= String(staff.id)
  const subject = await createCustomer(payload, { accountManager: staff.id, password: PASSWORD })
  senders.push({
    staffToken: token,
    subjectCookie: cookie((await customerSession(payload, subject)).headers),
    conversation: String((await createConversation(payload, subject.id)).id),
  })
}
const idle: string[] = []
for (let i = 0; i < IDLE; i++) {
  const c = await createCustomer(payload, { accountManager: manager, password: PASSWORD })
  idle.push(cookie((await customerSession(payload, c)).headers))
}
process.stdout.write(`${JSON.stringify({ bench: { senders, idle } })}\n`)
process.exit(0)
