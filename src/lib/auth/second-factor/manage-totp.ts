import 'server-only'

import type { Payload } from 'payload'

import type { TRequestContext } from '@/lib/audit/request-context'
import { generateRecoveryCodes, storeRecoveryCodes } from '@/lib/auth/recovery-codes'
import { newTotpSecret, totpUri, verifyTotp } from '@/lib/auth/totp'
import { totpSeal } from '@/lib/auth/totp-seal'
import { env } from '@/lib/env'

import { auditFactor, hasTotp, loadFactorState, withFactorLock, writeFactorState } from './owner'
import type { TFactorOwner } from './owner'

type TArgs = { payload: Payload; owner: TFactorOwner; meta?: Partial<TRequestContext> }

export type TEnrolment =
  | { ok: true; recoveryCodes: string[] }
  | { ok: false; reason: 'wrong-code' | 'not-pending' | 'already-set-up' }

/**
 * Step one of enrolment: a key sealed into totpPendingSecret (an active key, if any, stays in
 * force until a code from the new one is confirmed). `keep` reuses a pending key, so reloading
 * the staff enrolment page shows the same QR code. Answers the key and the otpauth URI.
 */
export async function beginTotpEnrolment(
  args: TArgs & { label: (email: string) => string; keep?: boolean },
): Promise<{ ok: true; secret: string; uri: string } | { ok: false; reason: 'already-set-up' }> {
  const { payload, owner } = args
  const row = await loadFactorState(payload, owner)
  if (args.keep && hasTotp(row)) return { ok: false, reason: 'already-set-up' }
  let secret = args.keep ? totpSeal.open(row.totpPendingSecret) : null
  if (!secret) {
    secret = newTotpSecret()
    await writeFactorState(payload, owner, { totpPendingSecret: totpSeal.seal(secret) })
  }
  return { ok: true, secret, uri: totpUri(secret, args.label(row.email)) }
}

/**
 * Step two: a code from the pending key proves the app holds it. The key becomes the active one,
 * ten fresh recovery codes replace any old ones, and the codes are answered once, in plain text.
 * `firstOnly` refuses when a factor is already on (staff enrol once; customers may replace it).
 */
export async function confirmTotpEnrolment(
  args: TArgs & { code: string; firstOnly?: boolean },
): Promise<TEnrolment> {
  const { payload, owner } = args
  return withFactorLock(payload, owner, async (req): Promise<TEnrolment> => {
    const row = await loadFactorState(payload, owner, req)
    if (args.firstOnly && hasTotp(row)) return { ok: false, reason: 'already-set-up' }
    const secret = totpSeal.open(row.totpPendingSecret)
    if (!secret) return { ok: false, reason: 'not-pending' }
    const accepted = verifyTotp({ secret, code: args.code })
    const self = { payload, req, meta: args.meta, owner, email: row.email }
    if (!accepted) {
      await auditFactor({
        ...self,
        action: 'auth.second-factor.failed',
        outcome: 'failure',
        details: { factor: 'totp', purpose: 'enrolment' },
      })
      return { ok: false, reason: 'wrong-code' }
    }
    const recoveryCodes = generateRecoveryCodes()
    const now = new Date().toISOString()
    await writeFactorState(
      payload,
      owner,
      {
        totpSecret: totpSeal.seal(secret),
        totpPendingSecret: null,
        totpLastStep: accepted.step,
        totpEnabledAt: now,
        recoveryCodes: storeRecoveryCodes(recoveryCodes, env.PAYLOAD_SECRET),
        recoveryCodesCreatedAt: now,
      },
      req,
    )
    await auditFactor({ ...self, action: 'auth.totp.enabled', details: { recoveryCodes: 10 } })
    return { ok: true, recoveryCodes }
  })
}

/**
 * Turns the authenticator app off. Recovery codes go with it when no passkey remains, since they
 * only stand in for a second factor.
 */
export async function disableTotp(args: TArgs & { keepRecoveryCodes: boolean }): Promise<void> {
  const { payload, owner } = args
  await withFactorLock(payload, owner, async (req) => {
    const row = await loadFactorState(payload, owner, req)
    await writeFactorState(
      payload,
      owner,
      {
        totpSecret: null,
        totpPendingSecret: null,
        totpLastStep: null,
        totpEnabledAt: null,
        ...(args.keepRecoveryCodes ? {} : { recoveryCodes: null, recoveryCodesCreatedAt: null }),
      },
      req,
    )
    await auditFactor({
      payload,
      req,
      meta: args.meta,
      owner,
      email: row.email,
      action: 'auth.totp.disabled',
    })
  })
}

/** Ten new recovery codes; the old ones stop working at once. Answers them to show once. */
export async function regenerateRecoveryCodes(args: TArgs): Promise<string[]> {
  const { payload, owner } = args
  return withFactorLock(payload, owner, async (req) => {
    const row = await loadFactorState(payload, owner, req)
    const codes = generateRecoveryCodes()
    const data = {
      recoveryCodes: storeRecoveryCodes(codes, env.PAYLOAD_SECRET),
      recoveryCodesCreatedAt: new Date().toISOString(),
    }
    await writeFactorState(payload, owner, data, req)
    await auditFactor({
      ...{ payload, req, meta: args.meta, owner, email: row.email },
      action: 'auth.recovery-codes.regenerated',
      details: { count: 10 },
    })
    return codes
  })
}
