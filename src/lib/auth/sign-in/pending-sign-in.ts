import 'server-only'

import { cookies } from 'next/headers'
import { z } from 'zod'

import { SECURE_COOKIES } from '@/lib/auth/cookies'
import { sealedToken } from '@/lib/crypto/sealed-token'
import { env } from '@/lib/env'

/**
 * Between "the password (or account link) was right" and "the second factor was right" the
 * customer holds no session, only this short-lived sealed cookie naming who they claimed to be.
 * It grants nothing by itself; only a second factor turns it into a session.
 */
export const PENDING_SIGN_IN_COOKIE = SECURE_COOKIES ? '__Host-dv_pending' : 'dv_pending'
const TTL_MS = 5 * 60_000

const ZPendingSignIn = z.object({
  customerId: z.string().min(1),
  /** What the customer already proved: a password, or an invitation / reset link. */
  via: z.enum(['password', 'link']),
  next: z.string().optional(),
})
const token = sealedToken({
  seal: { secret: env.PAYLOAD_SECRET, purpose: 'pending-sign-in' },
  schema: ZPendingSignIn,
  ttlMs: TTL_MS,
})

export type TPendingSignIn = z.infer<typeof ZPendingSignIn> & { issuedAt: number }

export async function setPendingSignIn(value: z.input<typeof ZPendingSignIn>) {
  ;(await cookies()).set(PENDING_SIGN_IN_COOKIE, token.seal(value), {
    httpOnly: true,
    sameSite: 'lax',
    secure: SECURE_COOKIES,
    path: '/',
    maxAge: TTL_MS / 1000,
  })
}

/** The pending sign-in of this browser, or null when there is none or it is older than 5 minutes. */
export async function readPendingSignIn(now = Date.now()): Promise<TPendingSignIn | null> {
  return token.open((await cookies()).get(PENDING_SIGN_IN_COOKIE)?.value, now)
}

export async function clearPendingSignIn() {
  ;(await cookies()).delete(PENDING_SIGN_IN_COOKIE)
}
