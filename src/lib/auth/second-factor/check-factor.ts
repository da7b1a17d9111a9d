import 'server-only'

import type { Payload } from 'payload'

import type { TRequestContext } from '@/lib/audit/request-context'
import { consumeRecoveryCode, remainingRecoveryCodes } from '@/lib/auth/recovery-codes'
import { verifyTotp } from '@/lib/auth/totp'
import { totpSeal } from '@/lib/auth/totp-seal'
import { env } from '@/lib/env'
import { consumeRateLimits } from '@/lib/rate-limit/limits'

import { auditFactor, hasTotp, loadFactorState, withFactorLock, writeFactorState } from './owner'
import type { TFactorOwner } from './owner'

export type TFactorKind = 'totp' | 'recovery-code'
export type TRateLimited = {
  ok: false
  reason: 'rate-limited'
  retryAfterSeconds: number
  retryMinutes: number
}
export type TFactorCheck =
  { ok: true; kind: TFactorKind; recoveryCodesLeft: number } | { ok: false; reason: 'wrong-code' }

/**
 * Every attempt counts against the client address and the owner ('totp:ip', 'totp:account'):
 * the one place second-factor attempts are limited, for sign-in, step-up, enrolment and staff.
 * Callers count before they check (the check itself is also used by tests and jobs, unlimited).
 */
export async function limitFactorAttempt(
  payload: Payload,
  owner: TFactorOwner,
  ip: string | null | undefined,
): Promise<TRateLimited | null> {
  const decision = await consumeRateLimits(payload, [
    ['totp:ip', ip],
    ['totp:account', `${owner.collection}:${owner.id}`],
  ])
  if (decision.allowed) return null
  const { retryAfterSeconds } = decision
  const retryMinutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return { ok: false, reason: 'rate-limited', retryAfterSeconds, retryMinutes }
}

/**
 * Checks an authenticator code or a recovery code of a customer or staff member. A TOTP code
 * from a time step already used is refused (replay); a recovery code works once. Both read and
 * write under the owner's lock, and every attempt is audited with the outcome (never the code).
 */
export async function checkOwnerFactor(args: {
  payload: Payload
  owner: TFactorOwner
  kind: TFactorKind
  code: string
  /** What the check is for, recorded in the audit entry. */
  purpose: 'sign-in' | 'step-up' | 'enrolment'
  meta?: Partial<TRequestContext>
}): Promise<TFactorCheck> {
  const { payload, owner } = args
  return withFactorLock(payload, owner, async (req) => {
    const row = await loadFactorState(payload, owner, req)
    const active = !('status' in row) || row.status === 'active'
    let result: TFactorCheck = { ok: false, reason: 'wrong-code' }
    if (active && args.kind === 'totp' && hasTotp(row)) {
      const secret = totpSeal.open(row.totpSecret)
      const accepted = secret
        ? verifyTotp({ secret, code: args.code, lastStep: row.totpLastStep })
        : null
      if (accepted) {
        await writeFactorState(payload, owner, { totpLastStep: accepted.step }, req)
        const recoveryCodesLeft = remainingRecoveryCodes(row.recoveryCodes)
        result = { ok: true, kind: 'totp', recoveryCodesLeft }
      }
    } else if (active && args.kind === 'recovery-code') {
      const updated = consumeRecoveryCode(row.recoveryCodes, args.code, env.PAYLOAD_SECRET)
      if (updated) {
        await writeFactorState(payload, owner, { recoveryCodes: updated }, req)
        const recoveryCodesLeft = remainingRecoveryCodes(updated)
        result = { ok: true, kind: 'recovery-code', recoveryCodesLeft }
      }
    }
    await auditFactor({
      ...{ payload, req, meta: args.meta, owner, email: row.email },
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
