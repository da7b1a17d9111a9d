import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { clientIpFromHeaders } from '@/lib/http/client-ip'
import { consumeRateLimits, refundRateLimits, type TRateLimitName } from '@/lib/rate-limit/limits'

type TChecks = Array<[TRateLimitName, string | null | undefined]>

const emailOf = (args: unknown) => {
  const email = (args as { data?: { email?: unknown } }).data?.email
  return typeof email === 'string' ? email.trim() : null
}

/** The same per-address (and per-named-account) limits as the customers' own sign-in forms. */
function checksFor(operation: string, args: unknown, req: PayloadRequest): TChecks | null {
  const ip = clientIpFromHeaders(req.headers)
  if (operation === 'login') return [['sign-in:ip', ip]]
  if (operation === 'forgotPassword') {
    return [
      ['password-reset:ip', ip],
      ['password-reset:account', emailOf(args)],
    ]
  }
  if (operation === 'resetPassword') return [['account-link:ip', ip]]
  return null
}

/**
 * Per-address limits on Payload's staff sign-in, forgot-password and reset-password operations
 * (REST and GraphQL alike; the per-account lockout is Payload's own). Local API calls carry no
 * client address and are not counted. Refused with 429 and Retry-After.
 */
export const limitStaffSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const checks = checksFor(operation, args, req)
  if (!checks) return args
  const decision = await consumeRateLimits(req.payload, checks)
  if (!decision.allowed) {
    const headers = new Headers(req.responseHeaders)
    headers.set('retry-after', String(decision.retryAfterSeconds))
    req.responseHeaders = headers
    throw new APIError('Too many attempts. Please wait a moment and try again.', 429, null, true)
  }
  return args
}

/** A right password gives its attempt back, so colleagues behind one address do not block each other. */
export const refundStaffSignIn: CollectionAfterLoginHook = async ({ req }) => {
  await refundRateLimits(req.payload, [['sign-in:ip', clientIpFromHeaders(req.headers)]])
}
