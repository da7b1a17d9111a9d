import { createHash, randomBytes } from 'node:crypto'

/** 256 bits of randomness, URL-safe; only its hash is ever stored. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url')
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/** Well-formed tokens only: anything else is rejected before it reaches the database. */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)
}

export type TTokenState = 'valid' | 'expired' | 'used'

export function tokenState(
  token: { expiresAt: string | Date; usedAt?: string | Date | null },
  now: Date = new Date(),
): TTokenState {
  if (token.usedAt) return 'used'
  return new Date(token.expiresAt).getTime() > now.getTime() ? 'valid' : 'expired'
}

export function expiresIn(ms: number, now: Date = new Date()): Date {
  return new Date(now.getTime() + ms)
}
