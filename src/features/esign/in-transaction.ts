import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { TUser } from '@/access/user'
import { withAdvisoryLock } from '@/lib/db/with-advisory-lock'

/**
 * Runs one change of a signature request in its own transaction, serialised per request (two
 * signers of a parallel request signing at once must not both miss the completion), with a
 * Payload request carrying the caller and the client's headers for the evidence trail.
 */
export function inRequestTransaction<T>(
  args: {
    payload: Payload
    requestId: string
    user: TUser | null
    headers?: Headers
    /** `{ seed: true }` from the demo seed: the change is made, nobody is notified. */
    context?: Record<string, unknown>
  },
  fn: (req: PayloadRequest) => Promise<T>,
): Promise<T> {
  const { payload } = args
  return withAdvisoryLock(payload, `esign:${args.requestId}`, async (locked) => {
    const req = await createLocalReq(
      {
        req: { transactionID: locked.transactionID, headers: args.headers ?? new Headers() },
        user: (args.user ?? undefined) as PayloadRequest['user'] & object,
        context: args.context,
      },
      payload,
    )
    return fn(req)
  })
}
