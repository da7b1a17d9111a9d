import type { Customer, Staff } from '@/payload-types'

import { roleCan, type TCapability } from './policy'

/**
 * Whether this sign-in session of a staff member passed the second factor. Set only by the staff
 * auth strategy (src/lib/auth/staff-jwt-strategy.ts); a staff user without it counts as pending.
 */
export type TSecondFactorState = 'verified' | 'pending'

/** The authenticated principal as Payload hands it to access functions. */
export type TStaffUser = Staff & {
  collection: 'staff'
  _secondFactor?: TSecondFactorState
  _sid?: string
}
export type TCustomerUser = Customer & { collection: 'customers' }
export type TUser = TStaffUser | TCustomerUser

/** A staff member signed in with a password, second factor passed or not. */
export function isSignedInStaff(user: unknown): user is TStaffUser {
  return Boolean(user && (user as TUser).collection === 'staff')
}

/**
 * A staff member who may act as staff: signed in AND through the second factor in this session.
 * Every access function goes through here (or staffCan), so a password alone reaches nothing.
 */
export function isStaff(user: unknown): user is TStaffUser {
  return isSignedInStaff(user) && user._secondFactor === 'verified'
}

/** Signed in with a password, second factor still to enrol or to enter. */
export function isPendingStaff(user: unknown): user is TStaffUser {
  return isSignedInStaff(user) && user._secondFactor !== 'verified'
}

export function isCustomer(user: unknown): user is TCustomerUser {
  return Boolean(user && (user as TUser).collection === 'customers')
}

export function staffCan(user: unknown, capability: TCapability): boolean {
  return isStaff(user) && roleCan(user.role, capability)
}

/** A customer record as the principal Payload hands to access functions (system code acting as them). */
export const asCustomerUser = (c: Customer): TCustomerUser => ({ ...c, collection: 'customers' })
