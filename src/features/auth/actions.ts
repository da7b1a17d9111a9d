'use server'

import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { setPasswordWithToken } from '@/features/account/set-password-with-token'
import { CUSTOMER_SESSION_COOKIE, SECURE_COOKIES } from '@/lib/auth/cookies'
import { requestContextFromHeaders } from '@/lib/audit/request-context'
import { createCustomerSession } from '@/lib/auth/customer-sessions'
import { passwordProblem } from '@/lib/auth/password'
import { getPayload } from '@/lib/payload'
import { requestLogger } from '@/lib/request-logger'

import { requestMeta } from './request-meta'
import { safeNextPath, ZForgot, ZLocale, ZSetPassword, ZSignIn } from './schema'
import { signOutCustomer } from './sign-out'
import { verifyCustomerCredentials } from './verify-credentials'

export type TFormState = { error?: string; field?: string; done?: boolean; email?: string }

/** Client address, browser and request id for audit entries. */
const auditMeta = async () => requestContextFromHeaders(await headers())

const field = (form: FormData, name: string) => {
  const v = form.get(name)
  return typeof v === 'string' ? v : undefined
}

async function startSession(customerId: string) {
  const payload = await getPayload()
  const { token, expiresAt } = await createCustomerSession({
    payload,
    customerId,
    meta: await requestMeta(),
  })
  ;(await cookies()).set(CUSTOMER_SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: SECURE_COOKIES,
    path: '/',
    expires: expiresAt,
  })
}

export async function signInAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const email = field(form, 'email') ?? ''
  const parsed = ZSignIn.safeParse({
    locale: field(form, 'locale'),
    email,
    password: field(form, 'password'),
    next: field(form, 'next') || undefined,
  })
  if (!parsed.success) {
    const bad = parsed.error.issues[0]?.path[0]
    return {
      error: bad === 'password' ? 'passwordRequired' : 'emailRequired',
      field: String(bad),
      email,
    }
  }
  const payload = await getPayload()
  const result = await verifyCustomerCredentials({
    payload,
    email: parsed.data.email,
    password: parsed.data.password,
    meta: await auditMeta(),
  })
  if (!result.ok) {
    const log = await requestLogger()
    log.info({ reason: result.reason }, 'customer sign-in refused')
    return { error: result.reason, email }
  }
  await startSession(result.customer.id)
  const log = await requestLogger({ customerId: result.customer.id })
  log.info('customer signed in')
  redirect(safeNextPath(parsed.data.next, parsed.data.locale))
}

export async function signOutAction(form: FormData) {
  const locale = ZLocale.catch('en').parse(field(form, 'locale'))
  const jar = await cookies()
  const payload = await getPayload()
  await signOutCustomer({
    payload,
    token: jar.get(CUSTOMER_SESSION_COOKIE)?.value,
    meta: await auditMeta(),
  })
  jar.delete(CUSTOMER_SESSION_COOKIE)
  redirect(`/${locale}/login?signedOut=1`)
}

export async function requestResetAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const email = field(form, 'email') ?? ''
  const parsed = ZForgot.safeParse({ locale: field(form, 'locale'), email })
  if (!parsed.success) return { error: 'emailRequired', field: 'email', email }
  const payload = await getPayload()
  const { docs } = await payload.find({
    collection: 'customers',
    where: { email: { equals: parsed.data.email.toLowerCase() }, status: { equals: 'active' } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true, // system: the requester is not signed in; the answer never reveals the result
  })
  if (docs[0]) {
    await payload.jobs.queue({
      task: 'sendAccountEmail',
      input: { customerId: docs[0].id, purpose: 'password-reset' },
    })
  }
  // Same answer whether or not the address belongs to an account.
  return { done: true }
}

export async function setPasswordAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const parsed = ZSetPassword.safeParse({
    locale: field(form, 'locale'),
    token: field(form, 'token') ?? '',
    password: field(form, 'password') ?? '',
    confirm: field(form, 'confirm') ?? '',
  })
  if (!parsed.success) return { error: 'invalid' }
  const { locale, token, password, confirm } = parsed.data
  const problem = passwordProblem(password)
  if (problem) {
    return {
      error: { 'too-short': 'tooShort', 'too-long': 'tooLong', 'too-common': 'tooCommon' }[problem],
      field: 'password',
    }
  }
  if (password !== confirm) return { error: 'mismatch', field: 'confirm' }

  const payload = await getPayload()
  const result = await setPasswordWithToken({ payload, token, password, meta: await auditMeta() })
  if (!result.ok) return { error: result.reason }
  await startSession(result.customerId)
  const log = await requestLogger({ customerId: result.customerId })
  log.info('customer set a password through an account link')
  redirect(`/${locale}`)
}
