import 'server-only'

import { redirect } from 'next/navigation'
import { parseCookies } from 'payload'

import { CUSTOMER_SESSION_COOKIE } from '@/lib/auth/cookies'
import { currentCustomerSession } from '@/lib/auth/customer-session'
import { findCustomerSession } from '@/lib/auth/customer-sessions'
import { env } from '@/lib/env'
import { AppError } from '@/lib/errors'
import { getPayload } from '@/payload/get-payload'
import { isAllowedOrigin, trustedOrigins } from '@/lib/security/origins'

import { confirmHref } from './confirm-href'
import { stepUpStatus, type TStepUpPurpose, type TStepUpStatus } from './step-up'

/**
 * The one session and step-up guard, with two faces over one rule:
 * - pages and server actions: `...OrRedirect`, sending the browser to sign-in or the confirm page;
 * - route handlers (through src/lib/http/route.ts): `...OrThrow`, an AppError answered as
 *   problem+json, with `x-step-up` naming what the caller has to do first.
 */
export type TFoundSession = NonNullable<Awaited<ReturnType<typeof currentCustomerSession>>>

const TRUSTED = trustedOrigins(env.PUBLIC_URL, env.ALLOWED_ORIGINS)

function stepUpOf(found: TFoundSession, purpose: TStepUpPurpose): Promise<TStepUpStatus> {
  return stepUpStatus({ session: found.session, customerId: found.customer.id, purpose })
}

/** This browser's session and customer, or off to the sign-in page. */
export async function requireSessionOrRedirect(locale: string): Promise<TFoundSession> {
  const found = await currentCustomerSession()
  if (!found) return redirect(`/${locale}/login?expired=1`)
  return found
}

/**
 * Every change on the Security page checks step-up here, on the server, whatever the page showed:
 * without a fresh check the customer is sent to the confirm page first.
 */
export async function requireStepUpOrRedirect(args: {
  locale: string
  purpose: TStepUpPurpose
  next: string
}): Promise<TFoundSession> {
  const found = await requireSessionOrRedirect(args.locale)
  const status = await stepUpOf(found, args.purpose)
  if (!status.ok) redirect(`/${args.locale}${confirmHref(args.next)}`)
  return found
}

/**
 * The session a request's cookie names, or null. A request naming a foreign Origin carries no
 * session, as the Payload strategy decides it (src/lib/auth/customer-session-strategy.ts).
 */
export async function sessionOfRequest(req: Request): Promise<TFoundSession | null> {
  if (!isAllowedOrigin(req.headers.get('origin'), TRUSTED)) return null
  const token = parseCookies(req.headers).get(CUSTOMER_SESSION_COOKIE)
  return findCustomerSession(await getPayload(), token)
}

export async function requireSessionOrThrow(req: Request): Promise<TFoundSession> {
  const found = await sessionOfRequest(req)
  if (!found) throw new AppError('UNAUTHORIZED', 'Sign in to continue.')
  return found
}

/**
 * Security settings answer 403 FORBIDDEN, sensitive data (export, signing) 403 STEP_UP_REQUIRED;
 * both say in `x-step-up` what is missing (a factor, a password, a factor to set up first).
 */
export async function requireStepUpOrThrow(
  req: Request,
  purpose: TStepUpPurpose,
): Promise<TFoundSession> {
  const found = await requireSessionOrThrow(req)
  const status = await stepUpOf(found, purpose)
  if (status.ok) return found
  const headers = { 'x-step-up': status.need }
  if (purpose === 'security-settings') {
    throw new AppError('FORBIDDEN', 'Confirm it is you before changing your security settings.', {
      headers,
    })
  }
  throw new AppError(
    'STEP_UP_REQUIRED',
    status.need === 'setup-second-factor'
      ? 'Set up a second factor first, then confirm it is you.'
      : 'Confirm it is you with your second factor first.',
    { headers },
  )
}
