import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import type { TStaffUser } from '@/access/user'
import { actorFromUser } from '@/lib/audit/actor'
import { recordAudit } from '@/lib/audit/record-audit'
import { revokeAllCustomerSessions } from '@/lib/auth/customer-sessions'
import { remainingRecoveryCodes, type TStoredRecoveryCode } from '@/lib/auth/recovery-codes'
import { endStaffSessions, forgetStaffFactorChecks } from '@/lib/auth/staff-sessions'

export type TResetTarget = 'customers' | 'staff'

const CLEARED = {
  totpSecret: null,
  totpPendingSecret: null,
  totpEnabledAt: null,
  totpLastStep: null,
  recoveryCodes: null,
  recoveryCodesCreatedAt: null,
}

/**
 * Turns off every second factor of a customer or staff member (authenticator app, recovery
 * codes, passkeys), ends all their sessions, queues a customer's notice mail and records who did
 * it, in one transaction. They set up a factor again at their next sign-in (staff must;
 * customers are invited to).
 * The caller has checked that `actor` may do this (can-reset.ts).
 */
export async function resetSecondFactor(args: {
  req: PayloadRequest
  actor: TStaffUser
  collection: TResetTarget
  id: string
}) {
  const { req, actor, collection, id } = args
  const { payload } = req
  const owner = collection === 'customers' ? 'customer' : 'staff'
  const resetAt = new Date()
  const shouldCommit = await initTransaction(req)
  try {
    const before = await payload.findByID({
      collection,
      id,
      depth: 0,
      showHiddenFields: true,
      overrideAccess: true, // system: the caller was authorised for this record; secrets are hidden fields
      req,
    })
    await payload.update({
      collection,
      id,
      data: { ...CLEARED, secondFactorResetAt: resetAt.toISOString() },
      overrideAccess: true, // system: second-factor fields are written by no user directly
      req,
    })
    const { docs: passkeys } = await payload.delete({
      collection: 'passkeys',
      where: { [owner]: { equals: id } },
      overrideAccess: true, // system: part of the authorised reset
      req,
    })
    if (collection === 'customers') {
      await revokeAllCustomerSessions({ payload, customerId: id, req })
      // Queued in the same transaction: no reset without its notice, and the job's retries
      // cover a mail server that is away.
      await payload.jobs.queue({
        task: 'sendAccountEmail',
        input: { customerId: id, purpose: 'second-factor-reset' },
        req,
      })
    } else {
      await endStaffSessions({ payload, staffId: id, req })
      await forgetStaffFactorChecks({ payload, staffId: id, req })
    }
    await recordAudit({
      payload,
      req,
      entry: {
        ...actorFromUser(actor),
        action: 'auth.second-factor.reset',
        targetType: owner,
        targetId: id,
        outcome: 'success',
        details: {
          // Key names avoid the audit writer's credential filter ("otp", "pass").
          authenticatorApp: Boolean(before.totpEnabledAt),
          recoveryCodes: remainingRecoveryCodes(
            before.recoveryCodes as TStoredRecoveryCode[] | null | undefined,
          ),
          deviceKeys: passkeys.length,
          sessionsEnded: true,
        },
      },
    })
    if (shouldCommit) await commitTransaction(req)
    return { resetAt, record: before }
  } catch (err) {
    await killTransaction(req)
    throw err
  }
}
