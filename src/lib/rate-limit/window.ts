/**
 * Fixed-window counting, the arithmetic only: the database does the counting atomically
 * (src/lib/rate-limit/consume.ts) and this decides what a count means.
 */
export type TRateRule = {
  /** Attempts allowed per window. */
  limit: number
  windowSeconds: number
}

export type TRateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** The window a moment falls into, aligned to multiples of its length since the epoch. */
export function windowStart(now: Date, windowSeconds: number): Date {
  const ms = windowSeconds * 1000
  return new Date(Math.floor(now.getTime() / ms) * ms)
}

/** After `count` attempts in the window starting at `start` (this one included). */
export function decide(count: number, start: Date, rule: TRateRule, now: Date): TRateDecision {
  if (count <= rule.limit) return { allowed: true }
  const endsAt = start.getTime() + rule.windowSeconds * 1000
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)),
  }
}
