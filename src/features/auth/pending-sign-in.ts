import 'server-only'

import { cookies } from 'next/headers'

import { SECURE_COOKIES } from '@/lib/auth/cookies'
import { sealer } from '@/lib/crypto/seal'
import { env } from '@/lib/env'

/**
 * Between "the password (or account link) was right" and "the second factor was right" the
 * customer holds no session, only this short-lived sealed cookie naming who they claimed to be.
 * It grants nothing by itself; only a second factor turns it into a session.
 */
export const PENDING_SIGN_IN_COOKIE = SECURE_COOKIES ? '__Host-dv_pending' : 'dv_pending'
const TTL_MS = 5 * 60_000
const seal = sealer(env.PAYLOAD_SECRET, 'pending-sign-in')

export type TPendingSignIn = {
  customerId: string
  /** What the customer already proved: a password, or an invitation / reset link. */
  via: 'password' | 'link'
  next?: string
  issuedAt: number
}

export async function setPendingSignIn(value: Omit<TPendingSignIn, 'issuedAt'>) {
  const pending: TPendingSignIn = { ...value, issuedAt: Date.now() }
  ;(await cookies()).set(PENDING_SIGN_IN_COOKIE, seal.seal(JSON.stringify(pending)), {
    httpOnly: true,
    sameSite: 'lax',
    secure: SECURE_COOKIES,
    path: '/',
    maxAge: TTL_MS / 1000,
  })
}

/** The pending sign-in of this browser, or null when there is none or it is older than 5 minutes. */
export async function readPendingSignIn(now = Date.now()): Promise<TPendingSignIn | null> {
  const raw = seal.open((await cookies()).get(PENDING_SIGN_IN_COOKIE)?.value)
  if (!raw) return null
  try {
    const value = JSON.parse(raw) as TPendingSignIn
    if (typeof value.customerId !== 'string' || typeof value.issuedAt !== 'number') return null
    if (now - value.issuedAt > TTL_MS || value.issuedAt > now + 60_000) return null
    return value
  } catch {
    return null
  }
}

export async function clearPendingSignIn() {
  ;(await cookies()).delete(PENDING_SIGN_IN_COOKIE)
}
