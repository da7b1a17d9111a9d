import 'server-only'

import { z } from 'zod'

import {
  requireSessionOrRedirect,
  requireStepUpOrRedirect,
  type TFoundSession,
} from '@/lib/auth/step-up/guard'
import type { TStepUpPurpose } from '@/lib/auth/step-up/step-up'
import { getPayload } from '@/payload/get-payload'
import { consumeRateLimits, type TRateLimitName } from '@/lib/rate-limit/limits'

export type TRateChecks = Array<[TRateLimitName, string | null | undefined]>
export type TLimitedState = { error?: string; retryMinutes?: number }

/** The text fields of a form as a plain object (files and repeated keys are not ours to read). */
export function formFields(form: FormData): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of form.entries()) if (typeof value === 'string') out[key] = value
  return out
}

/** Counts an attempt; answers the wait in whole minutes when a limit is exceeded, else null. */
export async function retryMinutes(checks: TRateChecks): Promise<number | null> {
  const decision = await consumeRateLimits(await getPayload(), checks)
  return decision.allowed ? null : Math.max(1, Math.ceil(decision.retryAfterSeconds / 60))
}

type TAuth<I> = 'public' | 'customer' | { stepUp: TStepUpPurpose; next: (input: I) => string }

type TCtx<A> = { raw: Record<string, string>; found: A }

/**
 * The one wrapper for server actions behind a form (they are public endpoints, rule 8): the form
 * parsed with zod (`invalid` answers what the form shows otherwise), the session or step-up
 * checked through the one guard (a redirect to sign-in or the confirm page), the rate limits
 * counted (`{ error: 'rateLimited', retryMinutes }`), then the handler with typed input.
 */
export function formAction<
  S extends z.ZodType<{ locale: string }>,
  TState extends TLimitedState,
  A extends TAuth<z.output<S>> = 'public',
>(def: {
  schema: S
  auth?: A
  invalid: (raw: Record<string, string>, prev: TState) => TState
  rateLimit?: (
    input: z.output<S>,
    ctx: TCtx<A extends 'public' ? null : TFoundSession>,
  ) => TRateChecks | Promise<TRateChecks>
  handler: (
    input: z.output<S>,
    ctx: TCtx<A extends 'public' ? null : TFoundSession> & { prev: TState },
  ) => Promise<TState>
}) {
  return async function run(prev: TState, form: FormData): Promise<TState> {
    const raw = formFields(form)
    const parsed = def.schema.safeParse(raw)
    if (!parsed.success) return def.invalid(raw, prev)
    const input = parsed.data
    const auth = def.auth ?? 'public'
    const found =
      auth === 'public'
        ? null
        : auth === 'customer'
          ? await requireSessionOrRedirect(input.locale)
          : await requireStepUpOrRedirect({
              locale: input.locale,
              purpose: auth.stepUp,
              next: auth.next(input),
            })
    const ctx = { raw, found } as TCtx<A extends 'public' ? null : TFoundSession>
    if (def.rateLimit) {
      const wait = await retryMinutes(await def.rateLimit(input, ctx))
      if (wait) return { ...def.invalid(raw, prev), error: 'rateLimited', retryMinutes: wait }
    }
    return def.handler(input, { ...ctx, prev })
  }
}
