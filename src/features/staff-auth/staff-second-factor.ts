import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { TStaffUser } from '@/access/user'
import { actorFromUser } from '@/lib/audit/actor'
import { recordAudit } from '@/lib/audit/record-audit'
import { requestContextFromHeaders } from '@/lib/audit/request-context'
import {
  consumeRecoveryCode,
  generateRecoveryCodes,
  remainingRecoveryCodes,
  storeRecoveryCodes,
} from '@/lib/auth/recovery-codes'
import { verifyTotp } from '@/lib/auth/totp'
import { postgresOf } from '@/lib/db/postgres'
import { env } from '@/lib/env'
import { AppError } from '@/lib/errors'
import { consumeRateLimits, tooManyRequests } from '@/lib/rate-limit/limits'

import { hasStaffTotp, loadStaffSecrets } from './staff-factor-state'
import { totpSeal } from '@/lib/auth/totp-seal'

export type TStaffFactorMethod = 'totp' | 'recovery-code'

type TAttempt = { payload: Payload; staff: TStaffUser & { _sid: string }; headers: Headers }

const WRONG_CODE = 'That code is not right. Please try again.'

/** Counts the attempt against 'totp:ip' and 'totp:account'; over the limit it is refused (429). */
async function limitAttempts({ payload, staff, headers }: TAttempt, method: TStaffFactorMethod) {
  const { ip } = requestContextFromHeaders(headers)
  const decision = await consumeRateLimits(payload, [
    ['totp:ip', ip],
    ['totp:account', `staff:${staff.id}`],
  ])
  if (decision.allowed) return
  await audit({ payload, staff, headers }, 'auth.second-factor.failed', 'denied', {
    method,
    reason: 'rate-limited',
  })
  throw tooManyRequests(decision.retryAfterSeconds)
}

function audit(
  { payload, staff, headers }: TAttempt,
  action: 'auth.second-factor.verified' | 'auth.second-factor.failed' | 'auth.totp.enabled',
  outcome: 'success' | 'failure' | 'denied',
  details: Record<string, string | number>,
) {
  return recordAudit({
    payload,
    req: { headers },
    entry: {
      ...actorFromUser(staff),
      action,
      targetType: 'staff',
      targetId: String(staff.id),
      outcome,
      details,
    },
  })
}

/** This sign-in session passed the second factor: from now on the staff member is staff. */
async function recordFactorCheck(attempt: TAttempt, method: TStaffFactorMethod) {
  await attempt.payload.create({
    collection: 'staff-factor-checks',
    data: {
      staff: attempt.staff.id,
      sid: attempt.staff._sid,
      verifiedAt: new Date().toISOString(),
      method,
    },
    overrideAccess: true, // system: only this code vouches for a second factor
  })
}

/**
 * Confirms a staff member's first authenticator app with a code from it, turns it on, hands out
 * ten recovery codes (shown once) and counts as this session's second factor.
 */
export async function enableStaffTotp(args: TAttempt & { code: string }) {
  const { payload, staff } = args
  await limitAttempts(args, 'totp')
  const stored = await loadStaffSecrets(payload, staff.id)
  if (hasStaffTotp(stored))
    throw new AppError('CONFLICT', 'An authenticator app is already set up.')
  const secret = totpSeal.open(stored.totpPendingSecret)
  if (!secret) throw new AppError('CONFLICT', 'Please reload the page and start again.')
  const accepted = verifyTotp({ secret, code: args.code })
  if (!accepted) {
    await audit(args, 'auth.second-factor.failed', 'failure', { method: 'totp', during: 'enrol' })
    throw new AppError('BAD_REQUEST', WRONG_CODE)
  }
  const recoveryCodes = generateRecoveryCodes()
  const now = new Date().toISOString()
  await payload.update({
    collection: 'staff',
    id: staff.id,
    data: {
      totpSecret: totpSeal.seal(secret),
      totpPendingSecret: null,
      totpLastStep: accepted.step,
      totpEnabledAt: now,
      recoveryCodes: storeRecoveryCodes(recoveryCodes, env.PAYLOAD_SECRET),
      recoveryCodesCreatedAt: now,
    },
    overrideAccess: true, // system: second-factor fields are written by no user
  })
  await recordFactorCheck(args, 'totp')
  await audit(args, 'auth.totp.enabled', 'success', { recoveryCodes: recoveryCodes.length })
  await audit(args, 'auth.second-factor.verified', 'success', { method: 'totp' })
  return { recoveryCodes }
}

/**
 * Checks a TOTP or recovery code for this sign-in session. Each code works once: the accepted
 * TOTP step and the used recovery code are claimed with a conditional UPDATE, so two requests
 * racing with the same code cannot both pass.
 */
export async function verifyStaffSecondFactor(
  args: TAttempt & { method: TStaffFactorMethod; code: string },
) {
  const { payload, staff, method } = args
  await limitAttempts(args, method)
  const stored = await loadStaffSecrets(payload, staff.id)
  if (!hasStaffTotp(stored)) throw new AppError('CONFLICT', 'Please set up an authenticator app.')
  const db = postgresOf(payload).drizzle
  let ok = false
  let left = remainingRecoveryCodes(stored.recoveryCodes)
  if (method === 'totp') {
    const secret = totpSeal.open(stored.totpSecret)
    const accepted = secret
      ? verifyTotp({ secret, code: args.code, lastStep: stored.totpLastStep })
      : null
    if (accepted) {
      const claimed = await db.execute(
        sql`update staff set totp_last_step = ${accepted.step}
            where id = ${staff.id} and (totp_last_step is null or totp_last_step < ${accepted.step})
            returning id`,
      )
      ok = claimed.rows.length === 1
    }
  } else {
    const before = stored.recoveryCodes ?? []
    const after = consumeRecoveryCode(before, args.code, env.PAYLOAD_SECRET)
    if (after) {
      const claimed = await db.execute(
        sql`update staff set recovery_codes = ${JSON.stringify(after)}::jsonb
            where id = ${staff.id} and recovery_codes = ${JSON.stringify(before)}::jsonb
            returning id`,
      )
      ok = claimed.rows.length === 1
      left = remainingRecoveryCodes(after)
    }
  }
  if (!ok) {
    await audit(args, 'auth.second-factor.failed', 'failure', { method })
    throw new AppError('BAD_REQUEST', WRONG_CODE)
  }
  await recordFactorCheck(args, method)
  await audit(args, 'auth.second-factor.verified', 'success', { method, recoveryCodesLeft: left })
  return { recoveryCodesLeft: left }
}
