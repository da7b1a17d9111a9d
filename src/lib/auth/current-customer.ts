import 'server-only'

import { cookies, headers } from 'next/headers'
import { cache } from 'react'

import { isCustomer, type TCustomerUser } from '@/access/user'
import { CUSTOMER_SESSION_COOKIE } from '@/lib/auth/cookies'
import { redirect } from '@/lib/i18n/navigation'
import { getPayload } from '@/payload/get-payload'

/** The signed-in customer for this request (one lookup per request), or null. */
export const getCurrentCustomer = cache(async (): Promise<TCustomerUser | null> => {
  const payload = await getPayload()
  const { user } = await payload.auth({ headers: await headers() })
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
