import type { CollectionAfterChangeHook } from 'payload'

import { actorFromUser } from '@/lib/audit/actor'
import { recordAudit } from '@/lib/audit/record-audit'
import { revokeAllCustomerSessions } from '@/lib/auth/customer-sessions'
import type { Customer } from '@/payload-types'

export const afterCustomerChange: CollectionAfterChangeHook<Customer> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  const invite =
    (operation === 'create' && doc.status === 'invited' && !context.skipInvitation) ||
    (operation === 'update' && context.sendInvitation && doc.status !== 'active')
  if (invite) {
    // Queued in the same transaction as the customer: no customer without an invitation, and
    // the job's retries cover a mail server that is briefly away.
    await req.payload.jobs.queue({
      task: 'sendAccountEmail',
      input: { customerId: String(doc.id), purpose: 'invitation' },
      req,
    })
  }
  if (operation === 'update' && doc.status === 'disabled' && previousDoc?.status !== 'disabled') {
    await revokeAllCustomerSessions({ payload: req.payload, customerId: doc.id, req })
    await recordAudit({
      payload: req.payload,
      req,
      entry: {
        ...actorFromUser(req.user),
        action: 'customer.disabled',
        targetType: 'customer',
        targetId: String(doc.id),
        outcome: 'success',
        details: { sessionsRevoked: true },
      },
    })
  }
  return doc
}
