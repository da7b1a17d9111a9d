import 'server-only'

import type { Payload } from 'payload'

import type { TStaffUser } from '@/access/user'
import { requestContextFromHeaders } from '@/lib/audit/request-context'
import { AppError } from '@/lib/errors'
import { tooManyRequests } from '@/lib/rate-limit/limits'

import {
  checkOwnerFactor,
  limitFactorAttempt,
  type TFactorCheck,
  type TRateLimited,
  type TFactorKind,
} from './check-factor'
import { beginTotpEnrolment, confirmTotpEnrolment, type TEnrolment } from './manage-totp'
import { auditFactor, hasTotp, loadFactorState, type TFactorOwner } from './owner'

/**
 * The staff edge of the second-factor module: a passed check is recorded as a factor-check row
 * for this sign-in session (`sid`), which is what makes the staff member staff (see
 * src/lib/auth/staff-jwt-strategy.ts). The rule itself is the customers' (check-factor.ts).
 */
export type TStaffFactorMethod = TFactorKind
type TAttempt = { payload: Payload; staff: TStaffUser & { _sid: string }; headers: Headers }

const WRONG_CODE = 'That code is not right. Please try again.'
const ownerOf = (staff: { id: string }): TFactorOwner => ({ collection: 'staff', id: staff.id })

/** A refused check or enrolment as the route answers it. */
function refusal(
  result: Exclude<TFactorCheck | TEnrolment, { ok: true }> | TRateLimited,
): AppError {
  if (result.reason === 'rate-limited') return tooManyRequests(result.retryAfterSeconds)
  if (result.reason === 'already-set-up')
    return new AppError('CONFLICT', 'An authenticator app is already set up.')
  if (result.reason === 'not-pending')
    return new AppError('CONFLICT', 'Please reload the page and start again.')
  return new AppError('BAD_REQUEST', WRONG_CODE)
}

/** This sign-in session passed the second factor: from now on the staff member is staff. */
async function recordFactorCheck({ payload, staff }: TAttempt, method: TStaffFactorMethod) {
  await payload.create({
    collection: 'staff-factor-checks',
    data: { staff: staff.id, sid: staff._sid, verifiedAt: new Date().toISOString(), method },
    overrideAccess: true, // system: only this code vouches for a second factor
  })
}

async function passFactor(args: TAttempt, method: TStaffFactorMethod) {
  const { payload, staff, headers } = args
  await recordFactorCheck(args, method)
  await auditFactor({
    ...{ payload, owner: ownerOf(staff), email: staff.email },
    meta: requestContextFromHeaders(headers),
    action: 'auth.second-factor.verified',
    details: { factor: method, purpose: 'sign-in' },
  })
}

/** Over the limit, the refusal is audited too, as the staff sign-in has always recorded it. */
async function limitStaffAttempt(
  args: TAttempt,
  meta: ReturnType<typeof requestContextFromHeaders>,
) {
  const limited = await limitFactorAttempt(args.payload, ownerOf(args.staff), meta.ip)
  if (!limited) return
  await auditFactor({
    ...{ payload: args.payload, owner: ownerOf(args.staff), email: args.staff.email, meta },
    action: 'auth.second-factor.failed',
    outcome: 'denied',
    details: { reason: 'rate-limited' },
  })
  throw refusal(limited)
}

/** The enrolment key of a staff member without a factor, kept until confirmed (same QR on reload). */
export async function pendingStaffTotp(payload: Payload, staffId: string) {
  const begun = await beginTotpEnrolment({
    payload,
    owner: { collection: 'staff', id: staffId },
    label: (email) => `Back office · ${email}`,
    keep: true,
  })
  if (!begun.ok) throw refusal(begun)
  return { secret: begun.secret, uri: begun.uri }
}

/** Confirms the first authenticator app; it counts as this session's second factor. */
export async function enableStaffTotp(args: TAttempt & { code: string }) {
  const meta = requestContextFromHeaders(args.headers)
  await limitStaffAttempt(args, meta)
  const result = await confirmTotpEnrolment({
    ...{ payload: args.payload, owner: ownerOf(args.staff), code: args.code, meta },
    firstOnly: true,
  })
  if (!result.ok) throw refusal(result)
  await passFactor(args, 'totp')
  return { recoveryCodes: result.recoveryCodes }
}

/** Checks a TOTP or recovery code for this sign-in session. */
export async function verifyStaffSecondFactor(
  args: TAttempt & { method: TStaffFactorMethod; code: string },
) {
  const meta = requestContextFromHeaders(args.headers)
  await limitStaffAttempt(args, meta)
  const stored = await loadFactorState(args.payload, ownerOf(args.staff))
  if (!hasTotp(stored)) throw new AppError('CONFLICT', 'Please set up an authenticator app.')
  const result = await checkOwnerFactor({
    ...{ payload: args.payload, owner: ownerOf(args.staff), kind: args.method, code: args.code },
    ...{ purpose: 'sign-in', meta },
  })
  if (!result.ok) throw refusal(result)
  await recordFactorCheck(args, args.method)
  return { recoveryCodesLeft: result.recoveryCodesLeft }
}

/** Whether a staff member has an authenticator app on (verify) or not yet (enrol). */
export async function staffHasTotp(payload: Payload, staffId: string): Promise<boolean> {
  return hasTotp(await loadFactorState(payload, { collection: 'staff', id: staffId }))
}
