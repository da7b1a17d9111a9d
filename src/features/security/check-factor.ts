import 'server-only'

import type { Payload, PayloadRequest } from 'payload'

import { auditSelf } from '@/lib/audit/audit-self'
import type { TRequestContext } from '@/lib/audit/request-context'
import { env } from '@/lib/env'
import {
  consumeRecoveryCode,
  remainingRecoveryCodes,
  type TStoredRecoveryCode,
} from '@/lib/auth/recovery-codes'
import { verifyTotp } from '@/lib/auth/totp'

import { withCustomerLock } from './customer-lock'
import { totpSeal } from '@/lib/auth/totp-seal'

export type TFactorKind = 'totp' | 'recovery-code'
export type TFactorCheck =
  { ok: true; kind: TFactorKind; recoveryCodesLeft: number } | { ok: false }

export const loadFactorState = (
  payload: Payload,
  customerId: string,
  req?: Partial<PayloadRequest>,
) =>
  payload.findByID({
    collection: 'customers',
    id: customerId,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true, // system: second-factor secrets are read only by this check
    req,
  })

/**
 * Checks an authenticator code or a recovery code for a customer. A TOTP code from a time step
 * already used is refused (replay); a recovery code works once. Both read-and-write under a
 * per-customer lock, and every attempt is audited with the outcome (never the code).
 */
export async function checkSecondFactor(args: {
  payload: Payload
  customerId: string
  kind: TFactorKind
  code: string
  /** What the check is for, recorded in the audit entry. */
  purpose: 'sign-in' | 'step-up' | 'enrolment'
  meta?: Partial<TRequestContext>
}): Promise<TFactorCheck> {
  const { payload, customerId } = args
  return withCustomerLock(payload, customerId, async (req) => {
    const customer = await loadFactorState(payload, customerId, req)
    let result: TFactorCheck = { ok: false }
    const codes = customer.recoveryCodes as TStoredRecoveryCode[] | null | undefined
    if (customer.status === 'active' && args.kind === 'totp' && customer.totpEnabledAt) {
      const secret = totpSeal.open(customer.totpSecret)
      const accepted = secret
        ? verifyTotp({ secret, code: args.code, lastStep: customer.totpLastStep })
        : null
      if (accepted) {
        await payload.update({
          collection: 'customers',
          id: customerId,
          data: { totpLastStep: accepted.step },
          overrideAccess: true, // system: replay protection bookkeeping
          context: { skipInvitation: true },
          req,
        })
        result = { ok: true, kind: 'totp', recoveryCodesLeft: remainingRecoveryCodes(codes) }
      }
    } else if (customer.status === 'active' && args.kind === 'recovery-code') {
      const updated = consumeRecoveryCode(codes, args.code, env.PAYLOAD_SECRET)
      if (updated) {
        await payload.update({
          collection: 'customers',
          id: customerId,
          data: { recoveryCodes: updated },
          overrideAccess: true, // system: a recovery code is spent once
          context: { skipInvitation: true },
          req,
        })
        result = {
          ok: true,
          kind: 'recovery-code',
          recoveryCodesLeft: remainingRecoveryCodes(updated),
        }
      }
    }
    await auditSelf({
      payload,
      req,
      meta: args.meta,
      customer: { id: customerId, email: customer.email },
      action: result.ok ? 'auth.second-factor.verified' : 'auth.second-factor.failed',
      outcome: result.ok ? 'success' : 'failure',
      details: {
        factor: args.kind,
        purpose: args.purpose,
        ...(result.ok && result.kind === 'recovery-code'
          ? { recoveryCodesLeft: result.recoveryCodesLeft }
          : {}),
      },
    })
    return result
  })
}
