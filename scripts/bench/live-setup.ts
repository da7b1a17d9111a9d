// The setup half of scripts/bench/live.mjs (run through tsx, on the app's own Payload and
// factories): one account manager with a verified session, the customer whose stream is timed,
// and `BENCH_IDLE` customers whose sessions hold the other open streams. Prints one JSON line.
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
const PASSWORD = 'bench-live-password-1'

const payload = await getPayload({ config })
const manager = await createStaff(payload, { role: 'account-manager', password: PASSWORD })
const { token, sid } = await staffPasswordSignIn(payload, manager, PASSWORD)
await recordFactorCheck(payload, { staff: manager.id, sid })
const subject = await createCustomer(payload, { accountManager: manager.id, password: PASSWORD })
const conversation = (await createConversation(payload, subject.id)).id
const cookie = (h: Headers) => h.get('cookie')!
const subjectCookie = cookie((await customerSession(payload, subject)).headers)
const idle: string[] = []
for (let i = 0; i < IDLE; i++) {
  const c = await createCustomer(payload, { accountManager: manager.id, password: PASSWORD })
  idle.push(cookie((await customerSession(payload, c)).headers))
}
process.stdout.write(
  `${JSON.stringify({ bench: { staffToken: token, subjectCookie, idle, conversation } })}\n`,
)
process.exit(0)
