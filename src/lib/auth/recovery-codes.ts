import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'

/** Crockford-style alphabet without 0/O, 1/I/L, U: easy to read aloud and to type from paper. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789'
export const RECOVERY_CODE_COUNT = 10
const GROUPS = 3
const GROUP_LENGTH = 4

export type TStoredRecoveryCode = { hash: string; usedAt?: string | null }

/** Ten codes like "K7PM-Q2XD-9HTB" (≈59 bits each), to show once. */
export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () =>
    Array.from({ length: GROUPS }, () =>
      Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
    ).join('-'),
  )
}

export function normalizeRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, '')
}

/** Keyed hash: a leaked table cannot be brute-forced offline without the server secret. */
export function hashRecoveryCode(code: string, secret: string): string {
  return createHmac('sha256', secret)
    .update(`recovery:${normalizeRecoveryCode(code)}`)
    .digest('hex')
}

export function storeRecoveryCodes(codes: string[], secret: string): TStoredRecoveryCode[] {
  return codes.map((code) => ({ hash: hashRecoveryCode(code, secret), usedAt: null }))
}

/**
 * Finds an unused code matching the input. Answers the updated list (that code marked used) or
 * null. Every stored hash is compared, so timing does not tell which one matched.
 */
export function consumeRecoveryCode(
  stored: TStoredRecoveryCode[] | null | undefined,
  input: string,
  secret: string,
  now: Date = new Date(),
): TStoredRecoveryCode[] | null {
  if (!stored?.length) return null
  const normalized = normalizeRecoveryCode(input)
  if (normalized.length !== GROUPS * GROUP_LENGTH) return null
  const candidate = Buffer.from(hashRecoveryCode(normalized, secret), 'hex')
  let match = -1
  stored.forEach((entry, i) => {
    const same =
      typeof entry.hash === 'string' &&
      entry.hash.length === candidate.length * 2 &&
      timingSafeEqual(Buffer.from(entry.hash, 'hex'), candidate)
    if (same && !entry.usedAt && match === -1) match = i
  })
  if (match === -1) return null
  return stored.map((entry, i) => (i === match ? { ...entry, usedAt: now.toISOString() } : entry))
}

export function remainingRecoveryCodes(stored: TStoredRecoveryCode[] | null | undefined): number {
  return (stored ?? []).filter((c) => !c.usedAt).length
}
