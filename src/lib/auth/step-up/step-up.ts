import 'server-only'

import { cookies } from 'next/headers'
import { z } from 'zod'

import { SECURE_COOKIES } from '@/lib/auth/cookies'
import { sealedToken } from '@/lib/crypto/sealed-token'
import { env } from '@/lib/env'
import { getPayload } from '@/payload/get-payload'
import type { CustomerSession } from '@/payload-types'
import { secondFactorsOf } from '@/lib/auth/second-factor/factors-of'
import { hasFreshSecondFactor } from '@/lib/auth/customer-session'

/**
 * Step-up: signing a contract, exporting personal data and changing security settings need a
 * second-factor check within the last STEP_UP_MINUTES on this session (session.secondFactorAt,
 * set by sign-in with a factor or by the confirm page, which also rotates the session).
 *
 * A customer who has no second factor yet can only be asked for their password: re-entering it
 * (a sealed cookie bound to the customer and the session, same freshness) lets them set up their
 * first factor. Sensitive actions (export, signing) instead ask them to set one up first.
 */
export type TStepUpPurpose = 'security-settings' | 'sensitive'
export type TStepUpStatus =
  { ok: true } | { ok: false; need: 'second-factor' | 'password' | 'setup-second-factor' }

export const REAUTH_COOKIE = SECURE_COOKIES ? '__Host-dv_reauth' : 'dv_reauth'
const freshMs = () => env.STEP_UP_MINUTES * 60_000
const reauth = () =>
  sealedToken({
    seal: { secret: env.PAYLOAD_SECRET, purpose: 'password-reauth' },
    schema: z.object({ customerId: z.string(), sessionId: z.string() }),
    ttlMs: freshMs(),
  })

export async function setPasswordReauth(args: { customerId: string; sessionId: string }) {
  ;(await cookies()).set(REAUTH_COOKIE, reauth().seal(args), {
    httpOnly: true,
    sameSite: 'strict',
    secure: SECURE_COOKIES,
    path: '/',
    maxAge: freshMs() / 1000,
  })
}

export async function hasFreshPasswordReauth(
  args: { customerId: string; sessionId: string },
  now = Date.now(),
): Promise<boolean> {
  const v = reauth().open((await cookies()).get(REAUTH_COOKIE)?.value, now)
  return v?.customerId === args.customerId && v.sessionId === args.sessionId
}

export async function stepUpStatus(args: {
  session: Pick<CustomerSession, 'id' | 'secondFactorAt'>
  customerId: string
  purpose: TStepUpPurpose
}): Promise<TStepUpStatus> {
  if (hasFreshSecondFactor(args.session)) return { ok: true }
  const factors = await secondFactorsOf(await getPayload(), args.customerId)
  if (factors.any) return { ok: false, need: 'second-factor' }
  if (args.purpose === 'sensitive') return { ok: false, need: 'setup-second-factor' }
  const fresh = await hasFreshPasswordReauth({
    customerId: args.customerId,
    sessionId: args.session.id,
  })
  return fresh ? { ok: true } : { ok: false, need: 'password' }
}
