'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { checkSecondFactor } from '@/features/security/check-factor'
import { rateLimitedMinutes } from '@/features/security/guard'
import { requestContextFromHeaders } from '@/lib/audit/request-context'
import { getPayload } from '@/payload/get-payload'
import { requestLogger } from '@/lib/request-logger'

import { readPendingSignIn } from './pending-sign-in'
import { requestMeta } from './request-meta'
import { safeNextPath, ZLocale } from './schema'
import { startCustomerSession } from './session'

export type TFactorFormState = {
  error?: 'wrongCode' | 'rateLimited' | 'pendingExpired' | 'invalid'
  retryMinutes?: number
}

const ZFactorForm = z.object({
  locale: ZLocale,
  kind: z.enum(['totp', 'recovery-code']),
  code: z.string().min(1).max(40),
})

const str = (form: FormData, name: string) => {
  const v = form.get(name)
  return typeof v === 'string' ? v : undefined
}

/**
 * Second step of sign-in: the pending cookie names who proved their password (or account link);
 * only a right authenticator or recovery code here turns it into a session.
 */
export async function verifySignInFactorAction(
  _prev: TFactorFormState,
  form: FormData,
): Promise<TFactorFormState> {
  const parsed = ZFactorForm.safeParse({
    locale: str(form, 'locale'),
    kind: str(form, 'kind'),
    code: str(form, 'code') ?? '',
  })
  if (!parsed.success) return { error: 'invalid' }
  const pending = await readPendingSignIn()
  if (!pending) return { error: 'pendingExpired' }
  const wait = await rateLimitedMinutes([
    ['totp:ip', (await requestMeta()).ip],
    ['totp:account', pending.customerId],
  ])
  if (wait) return { error: 'rateLimited', retryMinutes: wait }
  const result = await checkSecondFactor({
    payload: await getPayload(),
    customerId: pending.customerId,
    kind: parsed.data.kind,
    code: parsed.data.code,
    purpose: 'sign-in',
    meta: requestContextFromHeaders(await headers()),
  })
  if (!result.ok) return { error: 'wrongCode' }
  await startCustomerSession({
    customerId: pending.customerId,
    method: result.kind === 'totp' ? 'password+totp' : 'password+recovery-code',
    secondFactor: true,
  })
  const log = await requestLogger({ customerId: pending.customerId })
  log.info({ factor: result.kind }, 'customer signed in with a second factor')
  const next = safeNextPath(pending.next, parsed.data.locale)
  // After a recovery code, a stop on the verify page says how many are left (the session cookie
  // set here re-renders the page, so the notice lives in the URL, not in this form's state).
  if (result.kind === 'recovery-code') {
    redirect(
      `/${parsed.data.locale}/login/verify?${new URLSearchParams({ recovery: 'used', next })}`,
    )
  }
  redirect(next)
}
