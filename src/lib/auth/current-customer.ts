import 'server-only'

import { cookies, headers } from 'next/headers'
import { cache } from 'react'

import { isCustomer, type TCustomerUser } from '@/access/user'
import { CUSTOMER_SESSION_COOKIE } from '@/lib/auth/cookies'
import { customerSessionStrategy } from '@/lib/auth/customer-session-strategy'
import { redirect } from '@/lib/i18n/navigation'
import { getPayload } from '@/payload/get-payload'

/**
 * The signed-in customer for this request (one lookup per request), or null. Only the customer
 * cookie counts on portal pages, so this asks the customer strategy alone: `payload.auth` would
 * also run the staff strategies and then work out every collection's and field's permissions,
 * which no page reads. And it swallows a strategy's errors: a database that is away would read
 * as "signed out" and send the customer to the sign-in page; here it throws, and the page shows
 * the calm error page.
 */
export const getCurrentCustomer = cache(async (): Promise<TCustomerUser | null> => {
  const payload = await getPayload()
  const { user } = await customerSessionStrategy.authenticate({
    headers: await headers(),
    payload,
    strategyName: customerSessionStrategy.name,
  })
  return isCustomer(user) ? user : null
})

/** For portal pages: the customer, or a redirect to sign-in (saying so when a session ran out). */
export async function requireCustomer(locale: string): Promise<TCustomerUser> {
  const customer = await getCurrentCustomer()
  if (customer) return customer
  const hadSession = (await cookies()).has(CUSTOMER_SESSION_COOKIE)
  const query = new URLSearchParams()
  if (hadSession) query.set('expired', '1')
  const path = (await headers()).get('x-portal-path')
  if (path && path !== `/${locale}`) query.set('next', path)
  const search = query.toString()
  return redirect({ href: search ? `/login?${search}` : '/login', locale })
}
