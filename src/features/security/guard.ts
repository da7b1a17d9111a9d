import 'server-only'

import { redirect } from 'next/navigation'

import { currentCustomerSession } from '@/features/auth/session'
import { stepUpStatus, type TStepUpPurpose } from '@/features/auth/step-up'
import { consumeRateLimits, type TRateLimitName } from '@/lib/rate-limit/limits'
import { getPayload } from '@/payload/get-payload'

import { confirmHref } from './guard-href'

/** For server actions: this browser's session and customer, or off to the sign-in page. */
export async function requireSession(locale: string) {
  const found = await currentCustomerSession()
  if (!found) return redirect(`/${locale}/login?expired=1`)
  return found
}

/**
 * Every change on the Security page checks step-up here, on the server, whatever the page showed:
 * without a fresh check the customer is sent to the confirm page first.
 */
export async function requireStepUp(args: {
  locale: string
  purpose: TStepUpPurpose
  next: string
}) {
  const found = await requireSession(args.locale)
  const status = await stepUpStatus({
    session: found.session,
    customerId: found.customer.id,
    purpose: args.purpose,
  })
  if (!status.ok) redirect(`/${args.locale}${confirmHref(args.next)}`)
  return found
}

/** Counts an attempt; answers the wait in whole minutes when a limit is exceeded, else null. */
export async function rateLimitedMinutes(
  checks: Array<[TRateLimitName, string | null | undefined]>,
): Promise<number | null> {
  const decision = await consumeRateLimits(await getPayload(), checks)
  return decision.allowed ? null : Math.max(1, Math.ceil(decision.retryAfterSeconds / 60))
}
