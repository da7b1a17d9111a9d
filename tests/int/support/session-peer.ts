// A second server process for tests/int/session-cache.int.test.ts: its own Payload, its own
// session cache and database listener. It looks up the session tokens given as arguments until
// they are cached, says so on stdout ({"ready":…}), then keeps looking them up and prints
// {"gone":i,"at":ms} the moment token i no longer finds a session. Run with tsx.
import { getPayload } from 'payload'

import config from '@payload-config'
import { findCustomerSession } from '@/lib/auth/customer-sessions'
import { sessionCache } from '@/lib/auth/session-cache'

const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`)
const tokens = process.argv.slice(2)
const payload = await getPayload({ config })
const cache = sessionCache()
if (!cache) throw new Error('the session cache is off in the peer process')
for (let i = 0; !cache.active; i++) {
  if (i > 500) throw new Error('the peer never started listening')
  await new Promise((r) => setTimeout(r, 10))
}
for (const token of tokens) {
  if (!(await findCustomerSession(payload, token))) throw new Error('a token had no session')
}
const before = cache.stats.hits
for (const token of tokens) await findCustomerSession(payload, token)
say({ ready: true, hits: cache.stats.hits - before })

const gone = new Set<number>()
const deadline = Date.now() + 60_000
while (gone.size < tokens.length && Date.now() < deadline) {
  for (const [i, token] of tokens.entries()) {
    if (gone.has(i)) continue
    if (!(await findCustomerSession(payload, token))) {
      gone.add(i)
      say({ gone: i, at: Date.now() })
    }
  }
  await new Promise((r) => setTimeout(r, 5))
}
say({ done: true, hits: cache.stats.hits, misses: cache.stats.misses })
process.exit(gone.size === tokens.length ? 0 : 1)
