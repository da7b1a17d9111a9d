import 'server-only'

import type { Payload, PayloadRequest } from 'payload'

import { auditSelf } from '@/lib/audit/audit-self'
import type { TAuditAction } from '@/lib/audit/actions'
import { recordAudit } from '@/lib/audit/record-audit'
import type { TRequestContext } from '@/lib/audit/request-context'
import type { TJson, TOutcome } from '@/lib/audit/types'
import type { TStoredRecoveryCode } from '@/lib/auth/recovery-codes'
import { withAdvisoryLock } from '@/lib/db/with-advisory-lock'
import type { Customer, Staff } from '@/payload-types'

/**
 * Whose second factor: a customer or a staff member, as src/lib/auth/webauthn.ts names passkey
 * owners. Both collections carry the same fields (src/fields/second-factor.ts), so one module
 * reads, locks, writes and audits them.
 */
export type TFactorOwner = { collection: 'customers' | 'staff'; id: string }
type TReq = Partial<PayloadRequest>
export type TFactorRow = (Customer | Staff) & { recoveryCodes?: TStoredRecoveryCode[] | null }
export type TFactorFields = Partial<
  Pick<
    Customer,
    | 'totpSecret'
    | 'totpPendingSecret'
    | 'totpLastStep'
    | 'totpEnabledAt'
    | 'recoveryCodes'
    | 'recoveryCodesCreatedAt'
  >
>

export async function loadFactorState(payload: Payload, owner: TFactorOwner, req?: TReq) {
  const row = await payload.findByID({
    collection: owner.collection,
    id: owner.id,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true, // system: second-factor secrets are read only by this module
    req,
  })
  return row as TFactorRow
}

export function hasTotp(row: Pick<TFactorRow, 'totpEnabledAt' | 'totpSecret'>): boolean {
  return Boolean(row.totpEnabledAt && row.totpSecret)
}

export async function writeFactorState(
  payload: Payload,
  owner: TFactorOwner,
  data: TFactorFields,
  req?: TReq,
) {
  await payload.update({
    collection: owner.collection,
    id: owner.id,
    data,
    overrideAccess: true, // system: second-factor state is written only by this module
    context: { skipInvitation: true },
    req,
  })
}

/**
 * Runs `fn` in a transaction holding a per-owner advisory lock: two requests that read and
 * rewrite the same factor state (a recovery code, the last TOTP step) take turns, so a code
 * cannot be spent twice by racing requests. The one replay rule for customers and staff.
 */
export function withFactorLock<T>(
  payload: Payload,
  owner: TFactorOwner,
  fn: (req: TReq) => Promise<T>,
): Promise<T> {
  return withAdvisoryLock(payload, `second-factor:${owner.collection}:${owner.id}`, fn)
}

/** One audit entry about the owner's own factor, the owner acting. */
export function auditFactor(args: {
  payload: Payload
  req?: TReq
  meta?: Partial<TRequestContext>
  owner: TFactorOwner
  email?: string | null
  action: TAuditAction
  outcome?: TOutcome
  details?: Record<string, TJson>
}) {
  const { owner } = args
  if (owner.collection === 'customers') {
    return auditSelf({ ...args, customer: { id: owner.id, email: args.email } })
  }
  return recordAudit({
    payload: args.payload,
    req: args.req,
    entry: {
      ...args.meta,
      actorType: 'staff',
      actorId: owner.id,
      actorLabel: args.email ?? null,
      action: args.action,
      targetType: 'staff',
      targetId: owner.id,
      outcome: args.outcome ?? 'success',
      details: args.details ?? null,
    },
  })
}
