'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { ZLocale } from '@/features/auth/schema'
import { secondFactorsOf } from '@/features/auth/second-factors'
import { requestContextFromHeaders } from '@/lib/audit/request-context'
import { getPayload } from '@/payload/get-payload'
import { requestMeta } from '@/features/auth/request-meta'

import { rateLimitedMinutes, requireStepUp } from './guard'
import {
  beginTotpEnrolment,
  confirmTotpEnrolment,
  disableTotp,
  regenerateRecoveryCodes,
} from './manage-totp'
import { groupKey, qrSvg } from './qr-svg'
import { revokeOwnSessions } from './sessions'

export type TSecurityState = {
  error?: 'wrongCode' | 'rateLimited' | 'invalid'
  retryMinutes?: number
  enrolment?: { key: string; qr: string }
  recoveryCodes?: string[]
}

const SECURITY_PATH = (locale: string) => `/${locale}/account/security`
const auditMeta = async () => requestContextFromHeaders(await headers())
const str = (form: FormData, name: string) => {
  const v = form.get(name)
  return typeof v === 'string' ? v : ''
}
const localeOf = (form: FormData) => ZLocale.catch('en').parse(str(form, 'locale'))

const guard = (locale: string) =>
  requireStepUp({ locale, purpose: 'security-settings', next: SECURITY_PATH(locale) })

export async function startTotpAction(
  _prev: TSecurityState,
  form: FormData,
): Promise<TSecurityState> {
  const { customer } = await guard(localeOf(form))
  const { secret, uri } = await beginTotpEnrolment({
    payload: await getPayload(),
    customerId: customer.id,
  })
  return { enrolment: { key: groupKey(secret), qr: await qrSvg(uri) } }
}

export async function confirmTotpAction(
  prev: TSecurityState,
  form: FormData,
): Promise<TSecurityState> {
  const { customer } = await guard(localeOf(form))
  const code = z.string().max(20).safeParse(str(form, 'code'))
  if (!code.success) return { ...prev, error: 'invalid' }
  const wait = await rateLimitedMinutes([
    ['totp:ip', (await requestMeta()).ip],
    ['totp:account', customer.id],
  ])
  if (wait) return { ...prev, error: 'rateLimited', retryMinutes: wait }
  const done = await confirmTotpEnrolment({
    payload: await getPayload(),
    customerId: customer.id,
    code: code.data,
    meta: await auditMeta(),
  })
  if (!done) return { ...prev, error: 'wrongCode' }
  return { recoveryCodes: done.recoveryCodes }
}

export async function disableTotpAction(form: FormData) {
  const locale = localeOf(form)
  const { customer } = await guard(locale)
  const payload = await getPayload()
  const factors = await secondFactorsOf(payload, customer.id)
  await disableTotp({
    payload,
    customerId: customer.id,
    keepRecoveryCodes: factors.passkeys > 0,
    meta: await auditMeta(),
  })
  redirect(`/${locale}/account/security?done=totpDisabled`)
}

export async function regenerateCodesAction(
  _prev: TSecurityState,
  form: FormData,
): Promise<TSecurityState> {
  const { customer } = await guard(localeOf(form))
  const payload = await getPayload()
  const factors = await secondFactorsOf(payload, customer.id)
  if (!factors.any) return { error: 'invalid' }
  const codes = await regenerateRecoveryCodes({
    payload,
    customerId: customer.id,
    meta: await auditMeta(),
  })
  return { recoveryCodes: codes }
}

export async function revokeSessionAction(form: FormData) {
  const locale = localeOf(form)
  const { session, customer } = await guard(locale)
  const sessionId = z.uuid().safeParse(str(form, 'sessionId'))
  const all = str(form, 'scope') === 'others'
  if (!all && (!sessionId.success || sessionId.data === session.id)) {
    redirect(`/${locale}/account/security`)
  }
  await revokeOwnSessions({
    payload: await getPayload(),
    customerId: customer.id,
    customerEmail: customer.email,
    which: all ? { allExcept: session.id } : { sessionId: sessionId.data! },
    meta: await auditMeta(),
  })
  redirect(`/${locale}/account/security?done=sessionsRevoked`)
}
