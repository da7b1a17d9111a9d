import 'server-only'

import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'

import { buildDataExport } from './export-data'

/**
 * GET /api/account/export: the signed-in customer's own data as a JSON download. Needs a second
 * factor checked within STEP_UP_MINUTES on this very session (403 STEP_UP_REQUIRED otherwise);
 * every export is audited.
 */
export const exportRoute = route({
  name: '/api/account/export',
  auth: { customer: { stepUp: true } },
  audit: 'account.data-exported',
  handler: async ({ customer, auditDetails }) => {
    const data = await buildDataExport({ payload: await getPayload(), customer })
    auditDetails({ orders: data.orders.length, sessions: data.sessions.length })
    const day = new Date().toISOString().slice(0, 10)
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="donkervoort-my-data-${day}.json"`,
        'cache-control': 'private, no-store',
      },
    })
  },
})
