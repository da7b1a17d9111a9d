'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { auditSelf } from '@/lib/audit/audit-self'
import { requestContextFromHeaders } from '@/lib/audit/request-context'
import { verifyPassword, PASSWORD_MAX_LENGTH } from '@/lib/auth/password'
import { requestMeta } from '@/lib/auth/request-meta'
import { loadFactorState } from '@/lib/auth/second-factor/customer-factor'
import { secondFactorsOf } from '@/lib/auth/second-factor/factors-of'
import { safeNextPath, ZLocale } from '@/lib/auth/sign-in/schema'
import { setPasswordReauth } from '@/lib/auth/step-up/step-up'
import { formAction } from '@/lib/http/action'
import { getPayload } from '@/payload/get-payload'

export type TPasswordConfirmState = {
  error?: 'wrongPassword' | 'rateLimited' | 'invalid'
  retryMinutes?: number
}

const ZConfirmPassword = z.object({
  locale: ZLocale,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  next: z.string().max(300).optional(),
})

/**
 * Step-up for a customer without any second factor: their password again, so that someone at an
 * unattended, signed-in browser cannot set up a factor of their own. Not offered (and refused)
 * once a factor exists. (Step-up with a factor: confirmFactorAction, beside the factor form.)
 */
export const confirmPasswordAction = formAction({
  schema: ZConfirmPassword,
  auth: 'customer',
  invalid: (): TPasswordConfirmState => ({ error: 'invalid' }),
  rateLimit: async (_input, { found }) => [
    ['sign-in:ip', (await requestMeta()).ip],
    ['reauth:account', found.customer.id],
  ],
  handler: async (input, { found }): Promise<TPasswordConfirmState> => {
    const { session, customer } = found
    const payload = await getPayload()
    if ((await secondFactorsOf(payload, customer.id)).any) return { error: 'invalid' }
    const stored = await loadFactorState(payload, customer.id)
    const ok = await verifyPassword(input.password, stored.passwordHash)
    await auditSelf({
      payload,
      meta: requestContextFromHeaders(await headers()),
      customer,
      action: ok ? 'auth.step-up.succeeded' : 'auth.step-up.failed',
      outcome: ok ? 'success' : 'failure',
      details: { method: 'password' },
    })
    if (!ok) return { error: 'wrongPassword' }
    await setPasswordReauth({ customerId: customer.id, sessionId: session.id })
    redirect(safeNextPath(input.next, input.locale))
  },
})
