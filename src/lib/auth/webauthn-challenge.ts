import { z } from 'zod'

import { sealer } from '../crypto/seal'

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
  expiresAt: z.number().int(),
})
export type TPendingChallenge = z.infer<typeof ZChallenge>

type TSealer = ReturnType<typeof sealer>

export function sealChallenge(
  seal: TSealer,
  value: { challenge: string; purpose: TWebauthnPurpose; owner: TPasskeyOwner | null },
  now = Date.now(),
): { sealed: string; expiresAt: number } {
  const expiresAt = now + CHALLENGE_TTL_MS
  return { sealed: seal.seal(JSON.stringify({ ...value, expiresAt })), expiresAt }
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
  const raw = seal.open(sealed)
  if (!raw) return null
  let parsed: TPendingChallenge
  try {
    const result = ZChallenge.safeParse(JSON.parse(raw))
    if (!result.success) return null
    parsed = result.data
  } catch {
    return null
  }
  if (parsed.purpose !== expect.purpose) return null
  if (parsed.expiresAt <= now || parsed.expiresAt > now + CHALLENGE_TTL_MS + 60_000) return null
  if (!sameOwner(parsed.owner, expect.owner)) return null
  return parsed
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
