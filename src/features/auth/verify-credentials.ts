import 'server-only'

import type { Payload } from 'payload'

import { verifyPassword } from '@/lib/auth/password'
import type { Customer } from '@/payload-types'

export const MAX_FAILED_SIGN_INS = 5
export const LOCK_MINUTES = 10

export type TSignInResult =
  { ok: true; customer: Customer } | { ok: false; reason: 'invalid' | 'locked' }

/**
 * Checks a customer's email and password. Unknown email, wrong password, inactive account all
 * answer "invalid" after the same amount of hashing work; five failures lock for ten minutes.
 */
export async function verifyCustomerCredentials(args: {
  payload: Payload
  email: string
  password: string
}): Promise<TSignInResult> {
  const { payload } = args
  const { docs } = await payload.find({
    collection: 'customers',
    where: { email: { equals: args.email.trim().toLowerCase() } },
    limit: 1,
    depth: 0,
    pagination: false,
    showHiddenFields: true,
    overrideAccess: true, // system: sign-in must read the credential before anyone is signed in
  })
  const customer = docs[0]
  const passwordOk = await verifyPassword(args.password, customer?.passwordHash)
  if (!customer || customer.status !== 'active') return { ok: false, reason: 'invalid' }

  const now = new Date()
  if (customer.lockedUntil && new Date(customer.lockedUntil) > now)
    return { ok: false, reason: 'locked' }

  if (!passwordOk) {
    const failed = (customer.failedSignIns ?? 0) + 1
    const lock = failed >= MAX_FAILED_SIGN_INS
    await payload.update({
      collection: 'customers',
      id: customer.id,
      data: {
        failedSignIns: lock ? 0 : failed,
        lockedUntil: lock
          ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString()
          : customer.lockedUntil,
      },
      overrideAccess: true, // system: lockout bookkeeping
      context: { skipInvitation: true },
    })
    return { ok: false, reason: lock ? 'locked' : 'invalid' }
  }

  await payload.update({
    collection: 'customers',
    id: customer.id,
    data: { failedSignIns: 0, lockedUntil: null, lastSignInAt: now.toISOString() },
    overrideAccess: true, // system: sign-in bookkeeping
    context: { skipInvitation: true },
  })
  return { ok: true, customer }
}
