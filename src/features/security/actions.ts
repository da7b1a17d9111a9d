'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { requestContextFromHeaders } from '@/lib/audit/request-context'
import { revokeOwnSessions } from '@/lib/auth/own-sessions'
import { requestMeta } from '@/lib/auth/request-meta'
import { limitFactorAttempt } from '@/lib/auth/second-factor/check-factor'
import {
  beginTotpEnrolment,
  confirmTotpEnrolment,
  disableTotp,
  regenerateRecoveryCodes,
} from '@/lib/auth/second-factor/customer-factor'
import { secondFactorsOf } from '@/lib/auth/second-factor/factors-of'
import { ZLocale } from '@/lib/auth/sign-in/schema'
import { formAction } from '@/lib/http/action'
import { getPayload } from '@/payload/get-payload'

import { groupKey, qrSvg } from './qr-svg'

export type TSecurityState = {
  error?: 'wrongCode' | 'rateLimited' | 'invalid'
  retryMinutes?: number
  enrolment?: { key: string; qr: string }
  recoveryCodes?: string[]
}

const auditMeta = async () => requestContextFromHeaders(await headers())
/** Every change here is a security setting: a fresh step-up first, back to this page after. */
const SETTINGS = {
  stepUp: 'security-settings',
  next: ({ locale }: { locale: string }) => `/${locale}/account/security`,
} as const
const ZLocaleForm = z.object({ locale: ZLocale.catch('en') })
const invalid = (_raw: unknown, prev: TSecurityState): TSecurityState => ({
  ...prev,
  error: 'invalid',
})

export const startTotpAction = formAction({
  schema: ZLocaleForm,
  auth: SETTINGS,
  invalid,
  handler: async (_input, { found }): Promise<TSecurityState> => {
    const { secret, uri } = await beginTotpEnrolment({
      payload: await getPayload(),
      customerId: found.customer.id,
    })
    return { enrolment: { key: groupKey(secret), qr: await qrSvg(uri) } }
  },
})

export const confirmTotpAction = formAction({
  schema: ZLocaleForm.extend({ code: z.string().max(20) }),
  auth: SETTINGS,
  invalid,
  handler: async (input, { found, prev }): Promise<TSecurityState> => {
    const payload = await getPayload()
    const owner = { collection: 'customers' as const, id: found.customer.id }
    const limited = await limitFactorAttempt(payload, owner, (await requestMeta()).ip)
    if (limited) {
      return { ...prev, error: 'rateLimited', retryMinutes: limited.retryMinutes }
    }
    const done = await confirmTotpEnrolment({
      payload,
      customerId: found.customer.id,
      code: input.code,
      meta: await auditMeta(),
    })
    if (!done) return { ...prev, error: 'wrongCode' }
    return { recoveryCodes: done.recoveryCodes }
  },
})

const disableTotpForm = formAction({
  schema: ZLocaleForm,
  auth: SETTINGS,
  invalid,
  handler: async ({ locale }, { found }): Promise<TSecurityState> => {
    const payload = await getPayload()
    const factors = await secondFactorsOf(payload, found.customer.id)
    await disableTotp({
      payload,
      customerId: found.customer.id,
      keepRecoveryCodes: factors.passkeys > 0,
      meta: await auditMeta(),
    })
    redirect(`/${locale}/account/security?done=totpDisabled`)
  },
})
export async function disableTotpAction(form: FormData) {
  await disableTotpForm({}, form)
}

export const regenerateCodesAction = formAction({
  schema: ZLocaleForm,
  auth: SETTINGS,
  invalid,
  handler: async (_input, { found }): Promise<TSecurityState> => {
    const payload = await getPayload()
    const factors = await secondFactorsOf(payload, found.customer.id)
    if (!factors.any) return { error: 'invalid' }
    const codes = await regenerateRecoveryCodes({
      payload,
      customerId: found.customer.id,
      meta: await auditMeta(),
    })
    return { recoveryCodes: codes }
  },
})

const revokeSessionForm = formAction({
  schema: ZLocaleForm.extend({ sessionId: z.string().optional(), scope: z.string().optional() }),
  auth: SETTINGS,
  invalid,
  handler: async (input, { found }): Promise<TSecurityState> => {
    const { locale } = input
    const { session, customer } = found
    const sessionId = z.uuid().safeParse(input.sessionId)
    const all = input.scope === 'others'
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
  },
})
export async function revokeSessionAction(form: FormData) {
  await revokeSessionForm({}, form)
}
