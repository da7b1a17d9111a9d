import { Secret, TOTP } from 'otpauth'

/** RFC 6238 as authenticator apps expect it: SHA-1, 6 digits, 30-second steps. */
const PERIOD = 30
const DIGITS = 6
/** One step either side absorbs clock drift between phone and server. */
const WINDOW = 1

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32
}

function totp(secret: string, label = 'account') {
  return new TOTP({
    issuer: 'Donkervoort',
    label,
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  })
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secret: string, accountLabel: string): string {
  return totp(secret, accountLabel).toString()
}

/** The current code (tests and the enrolment screen's self-check only). */
export function totpCode(secret: string, timestamp = Date.now()): string {
  return totp(secret).generate({ timestamp })
}

export function normalizeTotpInput(input: string): string {
  return input.replace(/[\s-]/g, '')
}

/**
 * Checks a code. `lastStep` is the time step of the last accepted code: a code from that step or
 * an earlier one is refused, so each code works once even inside its validity window.
 * Answers the accepted step (to store as the new lastStep) or null.
 */
export function verifyTotp(args: {
  secret: string
  code: string
  lastStep?: number | null
  timestamp?: number
}): { step: number } | null {
  const code = normalizeTotpInput(args.code)
  if (!new RegExp(`^\\d{${DIGITS}}$`).test(code)) return null
  const timestamp = args.timestamp ?? Date.now()
  const delta = totp(args.secret).validate({ token: code, timestamp, window: WINDOW })
  if (delta === null) return null
  const step = Math.floor(timestamp / 1000 / PERIOD) + delta
  if (args.lastStep != null && step <= args.lastStep) return null
  return { step }
}
