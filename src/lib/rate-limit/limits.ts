import type { Payload } from 'payload'

import { AppError } from '../errors'
import { consumeRateLimit, refundRateLimit } from './consume'
import type { TRateDecision, TRateRule } from './window'

/**
 * Every rate limit in one place, per client IP and (where an account is named) per account, so
 * the numbers can be read and reviewed together. Lockout after wrong passwords is separate
 * (src/lib/auth/sign-in/verify-credentials.ts): these limits slow down sprays across many accounts.
 */
export const RATE_LIMITS = {
  'sign-in:ip': { limit: 20, windowSeconds: 10 * 60 },
  'password-reset:ip': { limit: 5, windowSeconds: 15 * 60 },
  'password-reset:account': { limit: 3, windowSeconds: 60 * 60 },
  'account-link:ip': { limit: 10, windowSeconds: 15 * 60 },
  'totp:ip': { limit: 10, windowSeconds: 5 * 60 },
  'totp:account': { limit: 5, windowSeconds: 5 * 60 },
  /** Password re-entry before a first second factor is set up (step-up without a factor). */
  'reauth:account': { limit: 5, windowSeconds: 5 * 60 },
  'webauthn:ip': { limit: 30, windowSeconds: 5 * 60 },
  'sso:ip': { limit: 30, windowSeconds: 5 * 60 },
  /** Help search as you type: one request per pause in typing, generous for a person. */
  'help-search:account': { limit: 300, windowSeconds: 5 * 60 },
  /** "Was this helpful?" answers, changeable: a person changes their mind a few times. */
  'help-vote:account': { limit: 60, windowSeconds: 5 * 60 },
  /** Signing, declining and staff actions on signature requests. */
  'esign:account': { limit: 30, windowSeconds: 5 * 60 },
  /** Messages, read marks and typing signals: a fast conversation, not a flood. */
  'messages-send:account': { limit: 120, windowSeconds: 5 * 60 },
  'messages-typing:account': { limit: 600, windowSeconds: 5 * 60 },
  /** Registering, changing and cancelling event places: a person does a handful. */
  'event-register:account': { limit: 30, windowSeconds: 5 * 60 },
  /** A personal calendar feed, polled by calendar apps; a wrong token is guessing. */
  'calendar-feed:ip': { limit: 120, windowSeconds: 5 * 60 },
  /** Gate staff scan a ticket every few seconds at a busy entrance. */
  'check-in:account': { limit: 600, windowSeconds: 5 * 60 },
} as const satisfies Record<string, TRateRule>

export type TRateLimitName = keyof typeof RATE_LIMITS

/**
 * Counts one attempt against each named limit (e.g. `[['sign-in:ip', ip]]`) and answers the most
 * restrictive outcome. Parts without a value (no IP known) are skipped.
 */
export async function consumeRateLimits(
  payload: Payload,
  checks: Array<[TRateLimitName, string | null | undefined]>,
  now: Date = new Date(),
): Promise<TRateDecision> {
  let worst: TRateDecision = { allowed: true }
  for (const [name, value] of checks) {
    if (!value) continue
    const decision = await consumeRateLimit(
      payload,
      `${name}:${value.toLowerCase()}`,
      RATE_LIMITS[name],
      now,
    )
    if (
      !decision.allowed &&
      (worst.allowed || decision.retryAfterSeconds > worst.retryAfterSeconds)
    ) {
      worst = decision
    }
  }
  return worst
}

/** Gives back the attempt just counted, e.g. after a right password (see refundRateLimit). */
export async function refundRateLimits(
  payload: Payload,
  checks: Array<[TRateLimitName, string | null | undefined]>,
  now: Date = new Date(),
): Promise<void> {
  for (const [name, value] of checks) {
    if (value)
      await refundRateLimit(payload, `${name}:${value.toLowerCase()}`, RATE_LIMITS[name], now)
  }
}

/** For route handlers: a 429 problem with Retry-After (src/lib/http/route.ts answers it). */
export function tooManyRequests(retryAfterSeconds: number): AppError {
  return new AppError(
    'TOO_MANY_REQUESTS',
    'Too many attempts. Please wait a moment and try again.',
    {
      headers: { 'retry-after': String(retryAfterSeconds) },
    },
  )
}

/** Throws the 429 AppError when any limit is exceeded. */
export async function enforceRateLimits(
  payload: Payload,
  checks: Array<[TRateLimitName, string | null | undefined]>,
): Promise<void> {
  const decision = await consumeRateLimits(payload, checks)
  if (!decision.allowed) throw tooManyRequests(decision.retryAfterSeconds)
}
