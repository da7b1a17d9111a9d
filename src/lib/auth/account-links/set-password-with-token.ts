import 'server-only'

import type { Payload } from 'payload'

import { auditSelf } from '@/lib/audit/audit-self'
import type { TRequestContext } from '@/lib/audit/request-context'
import { hashPassword } from '@/lib/auth/password'
import { revokeAllCustomerSessions } from '@/lib/auth/customer-sessions'
import { lookupAccountToken } from '@/lib/auth/account-links/account-tokens'

export type TSetPasswordResult =
  { ok: true; customerId: string } | { ok: false; reason: 'invalid' | 'expired' | 'used' }

/**
 * Consumes an invitation or reset link and sets the password, all in one transaction: the link
 * is marked used only if the password was stored, and two tabs cannot both use the same link.
 */
export async function setPasswordWithToken(args: {
  payload: Payload
  token: string
  password: string
  meta?: Partial<TRequestContext>
}): Promise<TSetPasswordResult> {
  const { payload } = args
  const passwordHash = await hashPassword(args.password)
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  const req = { transactionID }
  try {
    const found = await lookupAccountToken(payload, args.token, req)
    if (found.state !== 'valid') {
      if (transactionID) await payload.db.rollbackTransaction(transactionID)
      return { ok: false, reason: found.state }
    }
    const now = new Date().toISOString()
    const claimed = await payload.update({
      collection: 'account-tokens',
      where: { id: { equals: found.id }, usedAt: { exists: false } },
      data: { usedAt: now },
      overrideAccess: true, // system: account tokens have no API access at all
      req,
    })
    if (claimed.docs.length !== 1) {
      if (transactionID) await payload.db.rollbackTransaction(transactionID)
      return { ok: false, reason: 'used' }
    }
    const customer = await payload.findByID({
      collection: 'customers',
      id: found.customerId,
      depth: 0,
      overrideAccess: true, // system: the link identifies the customer
      req,
    })
    if (customer.status === 'disabled') {
      if (transactionID) await payload.db.rollbackTransaction(transactionID)
      return { ok: false, reason: 'invalid' }
    }
    await payload.update({
      collection: 'customers',
      id: found.customerId,
      data: {
        passwordHash,
        status: 'active',
        activatedAt: customer.activatedAt ?? now,
        failedSignIns: 0,
        lockedUntil: null,
      },
      overrideAccess: true, // system: the token holder sets their own password
      context: { skipInvitation: true },
      req,
    })
    // A new password ends every existing session (a reset after a lost or stolen device).
    await revokeAllCustomerSessions({ payload, customerId: found.customerId, req })
    await auditSelf({
      payload,
      req,
      meta: args.meta,
      customer: { id: found.customerId, email: customer.email },
      action: 'auth.password.set',
      details: { via: found.purpose, sessionsRevoked: true },
    })
    if (transactionID) await payload.db.commitTransaction(transactionID)
    return { ok: true, customerId: found.customerId }
  } catch (err) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw err
  }
}
