import 'server-only'

import type { Payload, PayloadRequest } from 'payload'

import { recordAudit } from '@/lib/audit/record-audit'
import type { TRequestContext } from '@/lib/audit/request-context'
import type { TAuditAction } from '@/lib/audit/actions'
import type { TJson } from '@/lib/audit/types'

/** One audit entry about a customer's passkey event; the customer is actor and target. */
export function auditPasskey(args: {
  payload: Payload
  req?: Partial<PayloadRequest>
  meta: TRequestContext
  action: TAuditAction
  outcome: 'success' | 'failure' | 'denied'
  customer: { id: string; email?: string | null } | null
  details?: Record<string, TJson>
}) {
  const c = args.customer
  return recordAudit({
    payload: args.payload,
    req: args.req,
    entry: {
      ...args.meta,
      // An unknown credential is still a customer-side attempt, as with an unknown email.
      actorType: 'customer',
      actorId: c?.id ?? null,
      actorLabel: c?.email ?? null,
      action: args.action,
      targetType: c ? 'customer' : null,
      targetId: c?.id ?? null,
      outcome: args.outcome,
      details: args.details ?? null,
    },
  })
}
