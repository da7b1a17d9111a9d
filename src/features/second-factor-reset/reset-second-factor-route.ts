import type { Endpoint, PayloadRequest } from 'payload'

import { isStaff } from '@/access/user'
import { AppError, type TErrorCode } from '@/lib/errors'
import { appErrorResponse } from '@/lib/http/problem'
import { requestIdFrom } from '@/lib/http/request-id'
import type { Customer } from '@/payload-types'
import { canResetSecondFactor } from '@/lib/auth/second-factor/reset/can-reset'
import {
  resetSecondFactor,
  type TResetTarget,
} from '@/lib/auth/second-factor/reset/reset-second-factor'

/** The same problem+json (code, requestId) as our route handlers answer. */
const refuse = (req: PayloadRequest, code: TErrorCode, detail: string) =>
  appErrorResponse(new AppError(code, detail), requestIdFrom(req.headers))

/**
 * POST /api/<customers|staff>/:id/reset-second-factor — the "Reset two-step verification"
 * button in the back office. Authorises itself: staff through the second factor only; a record
 * the caller cannot read answers 404 like a missing one; a readable one they may not reset, 403.
 * The customer's notice mail is queued by the reset, in its transaction.
 */
export function resetSecondFactorEndpoint(collection: TResetTarget): Endpoint {
  return {
    path: '/:id/reset-second-factor',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const user = req.user
      if (!isStaff(user)) return refuse(req, 'UNAUTHORIZED', 'Sign in to continue.')
      const id = String(req.routeParams?.id ?? '')
      const target = await req.payload
        .findByID({ collection, id, depth: 0, overrideAccess: false, user, disableErrors: true })
        .catch(() => null)
      if (!target) return refuse(req, 'NOT_FOUND', 'Not found.')
      const manager = (target as Customer).accountManager
      const allowed = canResetSecondFactor(
        user,
        collection === 'customers'
          ? {
              collection,
              accountManagerId: (typeof manager === 'object' ? manager?.id : manager) ?? null,
            }
          : { collection, id },
      )
      if (!allowed) {
        return refuse(req, 'FORBIDDEN', 'You may not reset this two-step verification.')
      }

      const { resetAt } = await resetSecondFactor({ req, actor: user, collection, id })
      return Response.json({ reset: true, resetAt }, { headers: { 'cache-control': 'no-store' } })
    },
  }
}
