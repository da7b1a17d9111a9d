'use server'

import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { setPasswordWithToken } from '@/lib/auth/account-links/set-password-with-token'
import { CUSTOMER_SESSION_COOKIE } from '@/lib/auth/cookies'
import { requestContextFromHeaders } from '@/lib/audit/request-context'
import { passwordProblem } from '@/lib/auth/password'
import { getPayload } from '@/payload/get-payload'
import { formFields, retryMinutes } from '@/lib/http/action'
import { refundRateLimits, type TRateLimitName } from '@/lib/rate-limit/limits'
import { requestLogger } from '@/lib/request-logger'
import { setPendingSignIn } from '@/lib/auth/sign-in/pending-sign-in'
import { requestMeta } from '@/lib/auth/request-meta'
import { safeNextPath, ZForgot, ZLocale, ZSetPassword, ZSignIn } from '@/lib/auth/sign-in/schema'
import { secondFactorsOf } from '@/lib/auth/second-factor/factors-of'
import { startCustomerSession } from '@/lib/auth/customer-session'
import { signOutCustomer } from '@/lib/auth/sign-out'
import { verifyCustomerCredentials } from '@/lib/auth/sign-in/verify-credentials'

export type TFormState = {
  error?: string
  field?: string
  done?: boolean
  email?: string
  /** With error 'rateLimited': how long to wait. */
  retryMinutes?: number
}

/** Client address, browser and request id for audit entries. */
const auditMeta = async () => requestContextFromHeaders(await headers())
const fields = (form: FormData, name: string): string | undefined => formFields(form)[name]

/**
 * The password (or account link) was right. Without a second factor that is a session; with one,
 * only a pending sign-in, and the factor is asked on the verify page.
 */
async function continueSignIn(args: {
  customerId: string
  locale: string
  via: 'password' | 'link'
  next?: string
}): Promise<never> {
  const factors = await secondFactorsOf(await getPayload(), args.customerId)
  const log = await requestLogger({ customerId: args.customerId })
  if (factors.any) {
    await setPendingSignIn({
      customerId: args.customerId,
      via: args.via,
      next: safeNextPath(args.next, args.locale),
    })
    log.info({ via: args.via }, 'customer passed the first step; second factor asked')
    redirect(`/${args.locale}/login/verify`)
  }
  await startCustomerSession({
    customerId: args.customerId,
    method: 'password',
    secondFactor: false,
  })
  log.info({ via: args.via }, 'customer signed in')
  redirect(safeNextPath(args.next, args.locale))
}

export async function signInAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const email = fields(form, 'email') ?? ''
  const parsed = ZSignIn.safeParse({
    locale: fields(form, 'locale'),
    email,
    password: fields(form, 'password'),
    next: fields(form, 'next') || undefined,
  })
  if (!parsed.success) {
    const bad = parsed.error.issues[0]?.path[0]
    return {
      error: bad === 'password' ? 'passwordRequired' : 'emailRequired',
      field: String(bad),
      email,
    }
  }
  const ipLimit: Array<[TRateLimitName, string | null]> = [['sign-in:ip', (await requestMeta()).ip]]
  const wait = await retryMinutes(ipLimit)
  if (wait) return { error: 'rateLimited', retryMinutes: wait, email }
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
  // Only wrong guesses count against the address: an office behind one address can sign in.
  await refundRateLimits(payload, ipLimit)
  return continueSignIn({
    customerId: result.customer.id,
    locale: parsed.data.locale,
    via: 'password',
    next: parsed.data.next,
  })
}

export async function signOutAction(form: FormData) {
  const locale = ZLocale.catch('en').parse(fields(form, 'locale'))
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
  const email = fields(form, 'email') ?? ''
  const parsed = ZForgot.safeParse({ locale: fields(form, 'locale'), email })
  if (!parsed.success) return { error: 'emailRequired', field: 'email', email }
  // Counted per typed address whether or not it has an account, so the answer reveals nothing.
  const wait = await retryMinutes([
    ['password-reset:ip', (await requestMeta()).ip],
    ['password-reset:account', parsed.data.email.trim().toLowerCase()],
  ])
  if (wait) return { error: 'rateLimited', retryMinutes: wait, email }
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
    locale: fields(form, 'locale'),
    token: fields(form, 'token') ?? '',
    password: fields(form, 'password') ?? '',
    confirm: fields(form, 'confirm') ?? '',
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
  const linkLimit: Array<[TRateLimitName, string | null]> = [
    ['account-link:ip', (await requestMeta()).ip],
  ]
  const wait = await retryMinutes(linkLimit)
  if (wait) return { error: 'rateLimited', retryMinutes: wait }

  const payload = await getPayload()
  const result = await setPasswordWithToken({ payload, token, password, meta: await auditMeta() })
  if (!result.ok) return { error: result.reason }
  await refundRateLimits(payload, linkLimit)
  // A reset link proves access to the mailbox, not the second factor: it never skips it.
  return continueSignIn({ customerId: result.customerId, locale, via: 'link' })
}
