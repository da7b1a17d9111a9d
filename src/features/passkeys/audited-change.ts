import 'server-only'

import type { PayloadRequest } from 'payload'

import { auditSelf } from '@/lib/audit/audit-self'
import type { TAuditAction } from '@/lib/audit/actions'
import { requestContextFromHeaders } from '@/lib/audit/request-context'
import type { TJson } from '@/lib/audit/types'
import { withTransaction } from '@/lib/db/with-transaction'
import { getPayload } from '@/payload/get-payload'

/**
 * A change to a customer's passkeys and its audit entry, in one transaction (architecture rule
 * 6): if the entry cannot be written, the passkey is not added, renamed or removed either.
 */
export async function auditedPasskeyChange<T>(args: {
  req: Request
  customer: { id: string; email?: string | null }
  action: TAuditAction
  write: (tx: Partial<PayloadRequest>) => Promise<T>
  details: (result: T) => Record<string, TJson>
}): Promise<T> {
  const payload = await getPayload()
  const meta = requestContextFromHeaders(args.req.headers)
  return withTransaction(payload, async (tx) => {
    const result = await args.write(tx)
    const { customer, action } = args
    await auditSelf({ payload, req: tx, meta, action, customer, details: args.details(result) })
    return result
  })
}
