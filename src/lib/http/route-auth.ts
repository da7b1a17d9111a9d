import 'server-only'

import { isCustomer, isStaff, type TUser } from '@/access/user'

import { AppError } from '../errors'

/**
 * Who may call a route: anyone, a signed-in customer, a signed-in staff member, or a check of the
 * route's own (e.g. a bearer token). A check throws an AppError to refuse.
 */
export type TAuthCheck = (req: Request) => void | Promise<void>
export type TAuthMode = 'public' | 'customer' | 'staff' | TAuthCheck

export async function authenticate(mode: TAuthMode, req: Request): Promise<TUser | null> {
  if (mode === 'public') return null
  if (typeof mode === 'function') {
    await mode(req)
    return null
  }
  // Loaded only here, so public routes (health) never start Payload.
  const { getPayload } = await import('@/payload/get-payload')
  const payload = await getPayload()
  const { user } = await payload.auth({ headers: req.headers })
  const allowed = mode === 'customer' ? isCustomer(user) : isStaff(user)
  if (!allowed) throw new AppError('UNAUTHORIZED', 'Sign in to continue.')
  return user as TUser
}
