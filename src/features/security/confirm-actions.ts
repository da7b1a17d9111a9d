'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import type { TFactorFormState } from '@/features/auth/second-factor-actions'
import { requestMeta } from '@/features/auth/request-meta'
import { safeNextPath, ZLocale } from '@/features/auth/schema'
import { secondFactorsOf } from '@/features/auth/second-factors'
import { startCustomerSession } from '@/features/auth/session'
import { setPasswordReauth } from '@/features/auth/step-up'
import { auditSelf } from '@/lib/audit/audit-self'
import { requestContextFromHeaders } from '@/lib/audit/request-context'
import { verifyPassword, PASSWORD_MAX_LENGTH } from '@/lib/auth/password'
import { getPayload } from '@/payload/get-payload'

import { checkSecondFactor, loadFactorState } from './check-factor'
import { rateLimitedMinutes, requireSession } from './guard'

const str = (form: FormData, name: string) => {
  const v = form.get(name)
  return typeof v === 'string' ? v : undefined
}

const ZConfirmFactor = z.object({
  locale: ZLocale,
  kind: z.enum(['totp', 'recovery-code']),
  code: z.string().min(1).max(40),
  next: z.string().max(300).optional(),
})

/** Step-up with a second factor: the session is rotated and marked fresh, then back to `next`. */
export async function confirmFactorAction(
  _prev: TFactorFormState,
  form: FormData,
): Promise<TFactorFormState> {
  const parsed = ZConfirmFactor.safeParse({
    locale: str(form, 'locale'),
    kind: str(form, 'kind'),
    code: str(form, 'code') ?? '',
    next: str(form, 'next') || undefined,
  })
  if (!parsed.success) return { error: 'invalid' }
  const { session, customer } = await requireSession(parsed.data.locale)
  const wait = await rateLimitedMinutes([
    ['totp:ip', (await requestMeta()).ip],
    ['totp:account', customer.id],
  ])
  if (wait) return { error: 'rateLimited', retryMinutes: wait }
  const result = await checkSecondFactor({
    payload: await getPayload(),
    customerId: customer.id,
    kind: parsed.data.kind,
    code: parsed.data.code,
    purpose: 'step-up',
    meta: requestContextFromHeaders(await headers()),
  })
  if (!result.ok) return { error: 'wrongCode' }
  await startCustomerSession({
    customerId: customer.id,
    method: session.method ?? 'password',
    secondFactor: true,
  })
  redirect(safeNextPath(parsed.data.next, parsed.data.locale))
}

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
 * once a factor exists.
 */
export async function confirmPasswordAction(
  _prev: TPasswordConfirmState,
  form: FormData,
): Promise<TPasswordConfirmState> {
  const parsed = ZConfirmPassword.safeParse({
    locale: str(form, 'locale'),
    password: str(form, 'password') ?? '',
    next: str(form, 'next') || undefined,
  })
  if (!parsed.success) return { error: 'invalid' }
  const { session, customer } = await requireSession(parsed.data.locale)
  const payload = await getPayload()
  if ((await secondFactorsOf(payload, customer.id)).any) return { error: 'invalid' }
  const wait = await rateLimitedMinutes([
    ['sign-in:ip', (await requestMeta()).ip],
    ['reauth:account', customer.id],
  ])
  if (wait) return { error: 'rateLimited', retryMinutes: wait }
  const stored = await loadFactorState(payload, customer.id)
  const ok = await verifyPassword(parsed.data.password, stored.passwordHash)
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
  redirect(safeNextPath(parsed.data.next, parsed.data.locale))
}
