import type { Customer, Staff } from '@/payload-types'

import { roleCan, type TCapability } from './policy'

/** The authenticated principal as Payload hands it to access functions. */
export type TStaffUser = Staff & { collection: 'staff' }
export type TCustomerUser = Customer & { collection: 'customers' }
export type TUser = TStaffUser | TCustomerUser

export function isStaff(user: unknown): user is TStaffUser {
  return Boolean(user && (user as TUser).collection === 'staff')
}

export function isCustomer(user: unknown): user is TCustomerUser {
  return Boolean(user && (user as TUser).collection === 'customers')
}

export function staffCan(user: unknown, capability: TCapability): boolean {
  return isStaff(user) && roleCan(user.role, capability)
}
