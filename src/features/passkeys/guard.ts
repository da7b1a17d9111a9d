import 'server-only'

import type { Payload } from 'payload'

import { currentCustomerSession } from '@/features/auth/session'
import { stepUpStatus } from '@/features/auth/step-up'
import { requestContextFromHeaders } from '@/lib/audit/request-context'
import { env } from '@/lib/env'
import { AppError } from '@/lib/errors'
import { enforceRateLimits } from '@/lib/rate-limit/limits'
import { isAllowedOrigin, trustedOrigins } from '@/lib/security/origins'

const TRUSTED = trustedOrigins(env.PUBLIC_URL, env.ALLOWED_ORIGINS)

/**
 * What every passkey endpoint does first: refuse a foreign Origin (these endpoints answer
 * cookie-bearing requests, some without a session, so the session strategy's own check does not
 * cover them), then count the attempt against the client address.
 */
export async function admit(payload: Payload, req: Request) {
  if (!isAllowedOrigin(req.headers.get('origin'), TRUSTED)) {
    throw new AppError('FORBIDDEN', 'This request came from another site.')
  }
  const meta = requestContextFromHeaders(req.headers)
  await enforceRateLimits(payload, [['webauthn:ip', meta.ip ?? 'unknown']])
  return meta
}

/** The signed-in customer and their session, or 401. */
export async function requireSession() {
  const current = await currentCustomerSession()
  if (!current) throw new AppError('UNAUTHORIZED', 'Sign in to continue.')
  return current
}

/** Security settings (adding, renaming, removing a passkey) need a fresh check: 403 otherwise. */
export async function requireStepUp() {
  const current = await requireSession()
  const status = await stepUpStatus({
    session: current.session,
    customerId: current.customer.id,
    purpose: 'security-settings',
  })
  if (!status.ok) {
    throw new AppError('FORBIDDEN', 'Confirm it is you before changing your passkeys.', {
      headers: { 'x-step-up': status.need },
    })
  }
  return current
}
