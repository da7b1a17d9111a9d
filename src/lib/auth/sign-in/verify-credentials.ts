import 'server-only'

import type { Payload } from 'payload'

import { auditSelf } from '@/lib/audit/audit-self'
import type { TAuditEntryInput } from '@/lib/audit/normalize-entry'
import type { TRequestContext } from '@/lib/audit/request-context'
import { verifyPassword } from '@/lib/auth/password'
import { withTransaction } from '@/lib/db/with-transaction'
import type { Customer } from '@/payload-types'

export const MAX_FAILED_SIGN_INS = 5
export const LOCK_MINUTES = 10

export type TSignInResult =
  { ok: true; customer: Customer } | { ok: false; reason: 'invalid' | 'locked' }

type TOutcome = Pick<TAuditEntryInput, 'action' | 'outcome' | 'details'>

/**
 * Checks a customer's email and password. Unknown email, wrong password, inactive account all
 * answer "invalid" after the same amount of hashing work; five failures lock for ten minutes.
 * Every attempt is audited; where the customer's record changes, in the same transaction.
 */
export async function verifyCustomerCredentials(args: {
  payload: Payload
  email: string
  password: string
  meta?: Partial<TRequestContext>
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
  const audit = (req: Parameters<typeof auditSelf>[0]['req'], what: TOutcome) =>
    auditSelf({
      payload,
      req,
      meta: args.meta,
      ...what,
      customer: customer ?? null,
      // Unknown addresses are recorded as typed: repeated guesses at one address stand out.
      label: customer ? undefined : args.email.trim(),
    })

  if (!customer || customer.status !== 'active') {
    const reason = customer ? `account-${customer.status}` : 'unknown-account'
    await audit(undefined, {
      action: 'auth.sign-in.failed',
      outcome: 'failure',
      details: { reason },
    })
    return { ok: false, reason: 'invalid' }
  }

  const now = new Date()
  if (customer.lockedUntil && new Date(customer.lockedUntil) > now) {
    await audit(undefined, {
      action: 'auth.sign-in.locked',
      outcome: 'denied',
      details: { reason: 'account-locked' },
    })
    return { ok: false, reason: 'locked' }
  }

  if (!passwordOk) {
    const failed = (customer.failedSignIns ?? 0) + 1
    const lock = failed >= MAX_FAILED_SIGN_INS
    await withTransaction(payload, async (req) => {
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
        req,
      })
      await audit(
        req,
        lock
          ? {
              action: 'auth.sign-in.locked',
              outcome: 'denied',
              details: { reason: 'too-many-failures', minutes: LOCK_MINUTES },
            }
          : {
              action: 'auth.sign-in.failed',
              outcome: 'failure',
              details: { reason: 'wrong-password', failedSignIns: failed },
            },
      )
    })
    return { ok: false, reason: lock ? 'locked' : 'invalid' }
  }

  await withTransaction(payload, async (req) => {
    await payload.update({
      collection: 'customers',
      id: customer.id,
      data: { failedSignIns: 0, lockedUntil: null, lastSignInAt: now.toISOString() },
      overrideAccess: true, // system: sign-in bookkeeping
      context: { skipInvitation: true },
      req,
    })
    await audit(req, { action: 'auth.sign-in.succeeded', outcome: 'success' })
  })
  return { ok: true, customer }
}
