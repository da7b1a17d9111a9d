import 'server-only'

import type { Payload, PayloadRequest } from 'payload'

import { auditSelf } from '@/lib/audit/audit-self'
import type { TRequestContext } from '@/lib/audit/request-context'
import { env } from '@/lib/env'
import { generateRecoveryCodes, storeRecoveryCodes } from '@/lib/auth/recovery-codes'
import { newTotpSecret, totpUri, verifyTotp } from '@/lib/auth/totp'

import { withCustomerLock } from './customer-lock'
import { loadFactorState } from './check-factor'
import { totpSeal } from '@/lib/auth/totp-seal'

type TArgs = { payload: Payload; customerId: string; meta?: Partial<TRequestContext> }

/** Who the audit entry is about, inside the customer's lock transaction. */
const selfIn = (args: TArgs, req: Partial<PayloadRequest>, email: string) => ({
  payload: args.payload,
  req,
  meta: args.meta,
  customer: { id: args.customerId, email },
})

/**
 * Step one of enrolment: a new key, sealed into totpPendingSecret (the active key, if any, stays
 * in force until a code from the new one is confirmed). Answers the key and the otpauth URI, for
 * the QR code and for typing in by hand.
 */
export async function beginTotpEnrolment(args: TArgs): Promise<{ secret: string; uri: string }> {
  const { payload, customerId } = args
  const secret = newTotpSecret()
  const customer = await payload.update({
    collection: 'customers',
    id: customerId,
    data: { totpPendingSecret: totpSeal.seal(secret) },
    overrideAccess: true, // system: the enrolment key is written only here, sealed
    context: { skipInvitation: true },
  })
  return { secret, uri: totpUri(secret, customer.email) }
}

/**
 * Step two: a code from the pending key proves the app holds it. The key becomes the active one,
 * ten fresh recovery codes replace any old ones, and the codes are answered once, in plain text,
 * to show to the customer. Answers null for a wrong code or when no enrolment is pending.
 */
export async function confirmTotpEnrolment(
  args: TArgs & { code: string },
): Promise<{ recoveryCodes: string[] } | null> {
  const { payload, customerId } = args
  return withCustomerLock(payload, customerId, async (req) => {
    const customer = await loadFactorState(payload, customerId, req)
    const secret = totpSeal.open(customer.totpPendingSecret)
    const accepted = secret ? verifyTotp({ secret, code: args.code }) : null
    if (!secret || !accepted) return null
    const recoveryCodes = generateRecoveryCodes()
    const now = new Date().toISOString()
    await payload.update({
      collection: 'customers',
      id: customerId,
      data: {
        totpSecret: totpSeal.seal(secret),
        totpPendingSecret: null,
        totpLastStep: accepted.step,
        totpEnabledAt: now,
        recoveryCodes: storeRecoveryCodes(recoveryCodes, env.PAYLOAD_SECRET),
        recoveryCodesCreatedAt: now,
      },
      overrideAccess: true, // system: second-factor state is written only by these functions
      context: { skipInvitation: true },
      req,
    })
    await auditSelf({
      ...selfIn(args, req, customer.email),
      action: 'auth.totp.enabled',
      details: { recoveryCodes: 10 },
    })
    return { recoveryCodes }
  })
}

/**
 * Turns the authenticator app off. Recovery codes go with it when no passkey remains, since they
 * only stand in for a second factor.
 */
export async function disableTotp(args: TArgs & { keepRecoveryCodes: boolean }): Promise<void> {
  const { payload, customerId } = args
  await withCustomerLock(payload, customerId, async (req) => {
    const customer = await loadFactorState(payload, customerId, req)
    await payload.update({
      collection: 'customers',
      id: customerId,
      data: {
        totpSecret: null,
        totpPendingSecret: null,
        totpLastStep: null,
        totpEnabledAt: null,
        ...(args.keepRecoveryCodes ? {} : { recoveryCodes: null, recoveryCodesCreatedAt: null }),
      },
      overrideAccess: true, // system: second-factor state is written only by these functions
      context: { skipInvitation: true },
      req,
    })
    await auditSelf({ ...selfIn(args, req, customer.email), action: 'auth.totp.disabled' })
  })
}

/** Ten new recovery codes; the old ones stop working at once. Answers them to show once. */
export async function regenerateRecoveryCodes(args: TArgs): Promise<string[]> {
  const { payload, customerId } = args
  return withCustomerLock(payload, customerId, async (req) => {
    const customer = await loadFactorState(payload, customerId, req)
    const codes = generateRecoveryCodes()
    await payload.update({
      collection: 'customers',
      id: customerId,
      data: {
        recoveryCodes: storeRecoveryCodes(codes, env.PAYLOAD_SECRET),
        recoveryCodesCreatedAt: new Date().toISOString(),
      },
      overrideAccess: true, // system: second-factor state is written only by these functions
      context: { skipInvitation: true },
      req,
    })
    await auditSelf({
      ...selfIn(args, req, customer.email),
      action: 'auth.recovery-codes.regenerated',
      details: { count: 10 },
    })
    return codes
  })
}
