import 'server-only'

import type { Payload } from 'payload'

import type { TRequestContext } from '@/lib/audit/request-context'
import type { Customer } from '@/payload-types'

import { checkOwnerFactor, type TFactorKind } from './check-factor'
import * as totp from './manage-totp'
import { loadFactorState as loadOwnerState } from './owner'

/**
 * The customer face of the owner-generic module (owner.ts, check-factor.ts, manage-totp.ts):
 * the same rule, keyed by customer id, with the answers the Security page and the sign-in
 * actions read. Session rotation after a check is the caller's (src/lib/auth/customer-session.ts).
 */
type TArgs = { payload: Payload; customerId: string; meta?: Partial<TRequestContext> }
const owner = (customerId: string) => ({ collection: 'customers' as const, id: customerId })

export const loadFactorState = async (payload: Payload, customerId: string) =>
  (await loadOwnerState(payload, owner(customerId))) as Customer

export async function checkSecondFactor(
  args: TArgs & { kind: TFactorKind; code: string; purpose: 'sign-in' | 'step-up' | 'enrolment' },
) {
  const result = await checkOwnerFactor({ ...args, owner: owner(args.customerId) })
  return result.ok ? result : { ok: false as const }
}

export async function beginTotpEnrolment(args: TArgs): Promise<{ secret: string; uri: string }> {
  const begun = await totp.beginTotpEnrolment({
    ...args,
    owner: owner(args.customerId),
    label: (email) => email,
  })
  if (!begun.ok) throw new Error('unreachable: customers may always start an enrolment')
  return { secret: begun.secret, uri: begun.uri }
}

/** Answers null for a wrong code or when no enrolment is pending. */
export async function confirmTotpEnrolment(
  args: TArgs & { code: string },
): Promise<{ recoveryCodes: string[] } | null> {
  const done = await totp.confirmTotpEnrolment({ ...args, owner: owner(args.customerId) })
  return done.ok ? { recoveryCodes: done.recoveryCodes } : null
}

export const disableTotp = (args: TArgs & { keepRecoveryCodes: boolean }) =>
  totp.disableTotp({ ...args, owner: owner(args.customerId) })

export const regenerateRecoveryCodes = (args: TArgs) =>
  totp.regenerateRecoveryCodes({ ...args, owner: owner(args.customerId) })
