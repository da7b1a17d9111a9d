import type { Payload, PayloadRequest } from 'payload'

import type { AuditLog } from '@/payload-types'

import type { TAuditAction } from './actions'
import { recordAudit } from './record-audit'
import type { TRequestContext } from './request-context'
import type { TJson, TOutcome } from './types'

/**
 * One audit entry for "a customer acts on their own account": the customer is actor and target.
 * `customer: null` is still a customer-side attempt (an unknown email or credential), recorded
 * without an id; `label` then says what was typed.
 */
export function auditSelf(args: {
  payload: Payload
  req?: Partial<PayloadRequest>
  meta?: Partial<TRequestContext>
  customer: { id: string; email?: string | null } | null
  action: TAuditAction
  outcome?: TOutcome
  details?: Record<string, TJson> | null
  label?: string | null
}): Promise<AuditLog> {
  const { customer } = args
  return recordAudit({
    payload: args.payload,
    req: args.req,
    entry: {
      ...args.meta,
      actorType: 'customer',
      actorId: customer?.id ?? null,
      actorLabel: args.label !== undefined ? args.label : (customer?.email ?? null),
      action: args.action,
      targetType: customer ? 'customer' : null,
      targetId: customer?.id ?? null,
      outcome: args.outcome ?? 'success',
      details: args.details ?? null,
    },
  })
}
