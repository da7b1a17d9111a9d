import 'server-only'

import { cookies } from 'next/headers'

import { CUSTOMER_SESSION_COOKIE, SECURE_COOKIES } from '@/lib/auth/cookies'
import {
  createCustomerSession,
  findCustomerSession,
  revokeCustomerSession,
  type TSignInMethod,
} from '@/lib/auth/customer-sessions'
import { env } from '@/lib/env'
import { noteRequestUser } from '@/lib/http/request-context'
import { getPayload } from '@/payload/get-payload'
import type { CustomerSession } from '@/payload-types'
import { clearPendingSignIn } from '@/lib/auth/sign-in/pending-sign-in'
import { requestMeta } from '@/lib/auth/request-meta'

/**
 * Opens a portal session and sets its cookie. Always a new token: a session that existed in this
 * browser is ended first (rotation at sign-in and after step-up, so a token seen before a
 * privilege change is worth nothing after it). Clears any pending sign-in.
 */
export async function startCustomerSession(args: {
  customerId: string
  method: TSignInMethod
  /** A second factor was checked just now. */
  secondFactor: boolean
}) {
  const payload = await getPayload()
  const jar = await cookies()
  await revokeCustomerSession(payload, jar.get(CUSTOMER_SESSION_COOKIE)?.value)
  const { token, expiresAt } = await createCustomerSession({
    payload,
    customerId: args.customerId,
    meta: await requestMeta(),
    method: args.method,
    secondFactorAt: args.secondFactor ? new Date() : null,
  })
  jar.set(CUSTOMER_SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: SECURE_COOKIES,
    path: '/',
    expires: expiresAt,
  })
  await clearPendingSignIn()
  noteRequestUser({ collection: 'customers', id: args.customerId })
  return { expiresAt }
}

/** This browser's active portal session with its customer, or null. */
export async function currentCustomerSession() {
  const payload = await getPayload()
  return findCustomerSession(payload, (await cookies()).get(CUSTOMER_SESSION_COOKIE)?.value)
}

/** Step-up: a second factor checked within the last STEP_UP_MINUTES (5 by default). */
export function hasFreshSecondFactor(
  session: Pick<CustomerSession, 'secondFactorAt'> | null | undefined,
  now = Date.now(),
): boolean {
  if (!session?.secondFactorAt) return false
  const at = new Date(session.secondFactorAt).getTime()
  return at <= now + 60_000 && now - at <= env.STEP_UP_MINUTES * 60_000
}
