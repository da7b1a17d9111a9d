import 'server-only'

import { isCustomer } from '@/access/user'
import { stepUpStatus } from '@/features/auth/step-up'
import { auditSelf } from '@/lib/audit/audit-self'
import { requestContextFromHeaders } from '@/lib/audit/request-context'
import { CUSTOMER_SESSION_COOKIE } from '@/lib/auth/cookies'
import { findCustomerSession } from '@/lib/auth/customer-sessions'
import { AppError } from '@/lib/errors'
import { route } from '@/lib/http/route'
import { getPayload } from '@/payload/get-payload'

import { buildDataExport } from './export-data'

const cookieValue = (req: Request, name: string) =>
  req.headers
    .get('cookie')
    ?.split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1)

/**
 * GET /api/account/export: the signed-in customer's own data as a JSON download. Needs a second
 * factor checked within STEP_UP_MINUTES on this very session (403 STEP_UP_REQUIRED otherwise);
 * every export is audited.
 */
export const exportRoute = route({
  name: '/api/account/export',
  auth: 'customer',
  handler: async ({ req, user }) => {
    if (!isCustomer(user)) throw new AppError('UNAUTHORIZED', 'Sign in to continue.')
    const payload = await getPayload()
    const found = await findCustomerSession(payload, cookieValue(req, CUSTOMER_SESSION_COOKIE))
    if (!found || found.customer.id !== user.id) {
      throw new AppError('UNAUTHORIZED', 'Sign in to continue.')
    }
    const status = await stepUpStatus({
      session: found.session,
      customerId: user.id,
      purpose: 'sensitive',
    })
    if (!status.ok) {
      throw new AppError(
        'STEP_UP_REQUIRED',
        status.need === 'setup-second-factor'
          ? 'Set up a second factor first, then confirm it is you.'
          : 'Confirm it is you with your second factor first.',
      )
    }
    const data = await buildDataExport({ payload, customer: user })
    await auditSelf({
      payload,
      meta: requestContextFromHeaders(req.headers),
      customer: user,
      action: 'account.data-exported',
      details: { orders: data.orders.length, sessions: data.sessions.length },
    })
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
