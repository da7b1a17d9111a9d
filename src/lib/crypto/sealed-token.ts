import type { z } from 'zod'

import { sealer } from './seal'

type TSealer = ReturnType<typeof sealer>

/** How far a token's issue time may lie in the future: clocks of two app instances differ a little. */
export const CLOCK_SKEW_MS = 60_000

/**
 * The one helper for short-lived values a browser carries and we must read back unchanged: the
 * pending sign-in, password re-entry, the SSO flow and the WebAuthn challenge today; signed media
 * URLs, QR tickets and calendar feeds tomorrow. The value is sealed (AES-GCM, one key per
 * purpose, see seal.ts), carries its issue time, and opens only while younger than `ttlMs`, not
 * issued in the future beyond the clock skew, and valid against its zod schema. Anything else
 * opens as null: the caller never sees a half-trusted value.
 */
export function sealedToken<S extends z.ZodType<Record<string, unknown>>>(args: {
  /** A purpose name (derives the key from PAYLOAD_SECRET) or a sealer of one's own (tests). */
  seal: TSealer | { secret: string; purpose: string }
  schema: S
  ttlMs: number
  skewMs?: number
}) {
  const box = 'open' in args.seal ? args.seal : sealer(args.seal.secret, args.seal.purpose)
  const skew = args.skewMs ?? CLOCK_SKEW_MS
  return {
    ttlMs: args.ttlMs,
    /** Seals `value` with its issue time (`issuedAt`, ms): now, unless the caller names it. */
    seal(value: z.input<S>, issuedAt = Date.now()): string {
      return box.seal(JSON.stringify({ ...(value as object), issuedAt }))
    },
    /** The value with its issue time, or null when missing, altered, expired, early or malformed. */
    open(
      sealed: string | null | undefined,
      now = Date.now(),
    ): (z.output<S> & { issuedAt: number }) | null {
      const raw = box.open(sealed)
      if (!raw) return null
      let json: unknown
      try {
        json = JSON.parse(raw)
      } catch {
        return null
      }
      const issuedAt = (json as { issuedAt?: unknown } | null)?.issuedAt
      if (typeof issuedAt !== 'number' || !Number.isFinite(issuedAt)) return null
      if (now - issuedAt >= args.ttlMs || issuedAt > now + skew) return null
      const parsed = args.schema.safeParse(json)
      if (!parsed.success) return null
      return { ...(parsed.data as z.output<S>), issuedAt }
    },
  }
}
