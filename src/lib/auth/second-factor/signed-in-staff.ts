import 'server-only'

import type { Payload } from 'payload'

import { isSignedInStaff, type TStaffUser } from '@/access/user'
import { AppError } from '@/lib/errors'

/**
 * The staff member behind a request's Payload JWT, second factor passed or not: the enrolment
 * and verification endpoints serve exactly those who have not passed it yet. Needs the session
 * id, because a factor check belongs to one sign-in session.
 */
export async function signedInStaff(
  payload: Payload,
  req: Request,
): Promise<TStaffUser & { _sid: string }> {
  const { user } = await payload.auth({ headers: req.headers })
  if (!isSignedInStaff(user) || !user._sid) {
    throw new AppError('UNAUTHORIZED', 'Sign in to continue.')
  }
  return user as TStaffUser & { _sid: string }
}
