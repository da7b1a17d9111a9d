import { z } from 'zod'

import type { sealer } from '../crypto/seal'
import { sealedToken } from '../crypto/sealed-token'

/**
 * The pending WebAuthn ceremony of one browser, sealed into a short-lived cookie rather than kept
 * in server memory, so any app instance can finish what another began. It names the challenge,
 * what the ceremony is for, and (where known) whose it is; opening it checks all three.
 */
export const CHALLENGE_TTL_MS = 5 * 60_000

export const WEBAUTHN_PURPOSES = ['register', 'sign-in', 'second-factor', 'step-up'] as const
export type TWebauthnPurpose = (typeof WEBAUTHN_PURPOSES)[number]

export type TPasskeyOwner = { collection: 'customers' | 'staff'; id: string }

const ZChallenge = z.object({
  challenge: z.string().min(16).max(200),
  purpose: z.enum(WEBAUTHN_PURPOSES),
  owner: z.object({ collection: z.enum(['customers', 'staff']), id: z.string().min(1) }).nullable(),
})
export type TPendingChallenge = z.infer<typeof ZChallenge> & { expiresAt: number }

type TSealer = ReturnType<typeof sealer>
const tokenOf = (seal: TSealer) =>
  sealedToken({ seal, schema: ZChallenge, ttlMs: CHALLENGE_TTL_MS })

export function sealChallenge(
  seal: TSealer,
  value: { challenge: string; purpose: TWebauthnPurpose; owner: TPasskeyOwner | null },
  now = Date.now(),
): { sealed: string; expiresAt: number } {
  return { sealed: tokenOf(seal).seal(value, now), expiresAt: now + CHALLENGE_TTL_MS }
}

/**
 * The challenge a sealed cookie holds, or null when it is missing, altered, expired, meant for
 * another purpose, or bound to another owner than the one expected (`owner: null` expects a
 * ceremony that named nobody, as passwordless sign-in does).
 */
export function openChallenge(
  seal: TSealer,
  sealed: string | null | undefined,
  expect: { purpose: TWebauthnPurpose; owner: TPasskeyOwner | null },
  now = Date.now(),
): TPendingChallenge | null {
  const opened = tokenOf(seal).open(sealed, now)
  if (!opened || opened.purpose !== expect.purpose) return null
  if (!sameOwner(opened.owner, expect.owner)) return null
  const { issuedAt, ...value } = opened
  return { ...value, expiresAt: issuedAt + CHALLENGE_TTL_MS }
}

function sameOwner(a: TPasskeyOwner | null, b: TPasskeyOwner | null): boolean {
  if (a === null || b === null) return a === b
  return a.collection === b.collection && a.id === b.id
}

/**
 * Signature counter rule (WebAuthn §7.2 step 22): once either side has counted, the new value must
 * be higher than the stored one; anything else hints at a cloned authenticator. Authenticators
 * that never count (both zero, as synced passkeys do) pass.
 */
export function counterAcceptable(stored: number, received: number): boolean {
  if (stored === 0 && received === 0) return true
  return received > stored
}
