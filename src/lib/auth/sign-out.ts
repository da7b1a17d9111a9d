import 'server-only'

import type { Payload } from 'payload'

import { auditSelf } from '@/lib/audit/audit-self'
import type { TRequestContext } from '@/lib/audit/request-context'
import { revokeCustomerSession } from '@/lib/auth/customer-sessions'
import { withTransaction } from '@/lib/db/with-transaction'

/** Ends the session behind the cookie and records it; a cookie without a live session records nothing. */
export async function signOutCustomer(args: {
  payload: Payload
  token: string | undefined
  meta?: Partial<TRequestContext>
}): Promise<void> {
  const { payload } = args
  await withTransaction(payload, async (req) => {
    const revoked = await revokeCustomerSession(payload, args.token, req)
    if (!revoked) return
    const customer = await payload.findByID({
      collection: 'customers',
      id: revoked.customerId,
      depth: 0,
      select: { email: true },
      disableErrors: true,
      overrideAccess: true, // system: the label of the customer signing out, for the audit entry
      req,
    })
    await auditSelf({
      payload,
      req,
      meta: args.meta,
      customer: { id: revoked.customerId, email: customer?.email },
      action: 'auth.sign-out',
    })
  })
}
