'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { startCustomerSession } from '@/lib/auth/customer-session'
import { requestMeta } from '@/lib/auth/request-meta'
import { checkSecondFactor } from '@/lib/auth/second-factor/customer-factor'
import { limitFactorAttempt } from '@/lib/auth/second-factor/check-factor'
import { readPendingSignIn } from '@/lib/auth/sign-in/pending-sign-in'
import { safeNextPath, ZLocale } from '@/lib/auth/sign-in/schema'
import { requestContextFromHeaders } from '@/lib/audit/request-context'
import { formAction } from '@/lib/http/action'
import { getPayload } from '@/payload/get-payload'
import { requestLogger } from '@/lib/request-logger'

export type TFactorFormState = {
  error?: 'wrongCode' | 'rateLimited' | 'pendingExpired' | 'invalid'
  retryMinutes?: number
}

const ZFactorForm = z.object({
  locale: ZLocale,
  kind: z.enum(['totp', 'recovery-code']),
  code: z.string().min(1).max(40),
  next: z.string().max(300).optional(),
})
const invalid = (): TFactorFormState => ({ error: 'invalid' })
type TInput = z.output<typeof ZFactorForm>
/** Counted by the one second-factor limit (src/lib/auth/second-factor/check-factor.ts). */
const factorLimits = async (customerId: string) => {
  const owner = { collection: 'customers' as const, id: customerId }
  return limitFactorAttempt(await getPayload(), owner, (await requestMeta()).ip)
}
const check = async (customerId: string, input: TInput, purpose: 'sign-in' | 'step-up') =>
  checkSecondFactor({
    payload: await getPayload(),
    customerId,
    kind: input.kind,
    code: input.code,
    purpose,
    meta: requestContextFromHeaders(await headers()),
  })

/**
 * Second step of sign-in: the pending cookie names who proved their password (or account link);
 * only a right authenticator or recovery code here turns it into a session.
 */
export const verifySignInFactorAction = formAction({
  schema: ZFactorForm,
  invalid,
  handler: async (input): Promise<TFactorFormState> => {
    const pending = await readPendingSignIn()
    if (!pending) return { error: 'pendingExpired' }
    const limited = await factorLimits(pending.customerId)
    if (limited) return { error: 'rateLimited', retryMinutes: limited.retryMinutes }
    const result = await check(pending.customerId, input, 'sign-in')
    if (!result.ok) return { error: 'wrongCode' }
    await startCustomerSession({
      customerId: pending.customerId,
      method: result.kind === 'totp' ? 'password+totp' : 'password+recovery-code',
      secondFactor: true,
    })
    const log = await requestLogger({ customerId: pending.customerId })
    log.info({ factor: result.kind }, 'customer signed in with a second factor')
    const next = safeNextPath(pending.next, input.locale)
    // After a recovery code, a stop on the verify page says how many are left (the session cookie
    // set here re-renders the page, so the notice lives in the URL, not in this form's state).
    if (result.kind === 'recovery-code') {
      redirect(`/${input.locale}/login/verify?${new URLSearchParams({ recovery: 'used', next })}`)
    }
    redirect(next)
  },
})

/** Step-up with a second factor: the session is rotated and marked fresh, then back to `next`. */
export const confirmFactorAction = formAction({
  schema: ZFactorForm,
  auth: 'customer',
  invalid,
  handler: async (input, { found }): Promise<TFactorFormState> => {
    const limited = await factorLimits(found.customer.id)
    if (limited) return { error: 'rateLimited', retryMinutes: limited.retryMinutes }
    const result = await check(found.customer.id, input, 'step-up')
    if (!result.ok) return { error: 'wrongCode' }
    await startCustomerSession({
      customerId: found.customer.id,
      method: found.session.method ?? 'password',
      secondFactor: true,
    })
    redirect(safeNextPath(input.next, input.locale))
  },
})
