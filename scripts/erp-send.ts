// Signs and sends one milestone event to the portal's ERP/MES feed, as the production planning
// system would: `npm run erp:send -- --order DV-2025-0418 --milestone paint --state done`.
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'

if (existsSync('.env')) process.loadEnvFile('.env')

const { values } = parseArgs({
  options: {
    order: { type: 'string' },
    milestone: { type: 'string' },
    state: { type: 'string', default: 'done' },
    id: { type: 'string' },
    'actual-date': { type: 'string' },
    'planned-date': { type: 'string' },
    note: { type: 'string' },
    url: { type: 'string' },
  },
})

if (!values.order || !values.milestone) {
  console.error(
    'usage: npm run erp:send -- --order <order number> --milestone <key> [--state planned|in-progress|done|delayed]\n' +
      '       [--id <event id>] [--actual-date YYYY-MM-DD] [--planned-date YYYY-MM-DD] [--note text] [--url http://localhost:3000]',
  )
  process.exit(2)
}

// Read after .env is loaded: the same secret the portal uses (derived in development).
const { env } = await import('../src/lib/env')
const { hmacSignature } = await import('../src/lib/http/hmac-auth')
if (!env.ERP_WEBHOOK_SECRET) {
  console.error('ERP_WEBHOOK_SECRET is not set.')
  process.exit(2)
}

const event = {
  id: values.id ?? `cli-${randomUUID()}`,
  orderNumber: values.order,
  milestone: values.milestone,
  state: values.state,
  ...(values['actual-date'] ? { actualDate: values['actual-date'] } : {}),
  ...(values['planned-date'] ? { plannedDate: values['planned-date'] } : {}),
  ...(values.note ? { note: values.note } : {}),
}
const body = JSON.stringify({ events: [event] })
const timestamp = String(Math.floor(Date.now() / 1000))
const base = (values.url ?? env.PUBLIC_URL).replace(/\/$/, '')
const res = await fetch(`${base}/api/integrations/erp/events`, {
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    'x-erp-timestamp': timestamp,
    'x-erp-signature': `sha256=${hmacSignature(env.ERP_WEBHOOK_SECRET, body, timestamp)}`,
  },
  body,
})
console.log(`${res.status} ${res.statusText}`)
console.log(await res.text())
process.exit(res.ok ? 0 : 1)
