import { getPayload, type Payload } from 'payload'

import config from '@payload-config'
import type { TStaffRole } from '@/access/policy'
import { createCustomer, createOrder, createStaff } from '@/seed/factories'
import type { Customer, Order, Staff } from '@/payload-types'

export const PASSWORD = 'integration-test-password-1'

export async function testPayload(): Promise<Payload> {
  return getPayload({ config })
}

export type TWorld = {
  payload: Payload
  admin: Staff
  managerA: Staff
  managerB: Staff
  marketing: Staff
  finance: Staff
  customerA: Customer
  customerB: Customer
  orderA: Order
  orderB: Order
}

/**
 * Two account managers, each with one customer and one order, plus one staff member per other
 * role: the smallest world in which every "own vs. foreign" rule can be checked.
 */
export async function buildWorld(): Promise<TWorld> {
  const payload = await testPayload()
  const staff = (role: TStaffRole) => createStaff(payload, { role, password: PASSWORD })
  const [admin, managerA, managerB, marketing, finance] = await Promise.all([
    staff('admin'),
    staff('account-manager'),
    staff('account-manager'),
    staff('marketing'),
    staff('finance'),
  ])
  const [customerA, customerB] = await Promise.all([
    createCustomer(payload, {
      accountManager: managerA.id,
      password: PASSWORD,
      firstName: 'Alice',
    }),
    createCustomer(payload, { accountManager: managerB.id, password: PASSWORD, firstName: 'Bob' }),
  ])
  const [orderA, orderB] = await Promise.all([
    createOrder(payload, { customer: customerA.id, stage: 'production' }),
    createOrder(payload, { customer: customerB.id, stage: 'engineering' }),
  ])
  return {
    payload,
    admin,
    managerA,
    managerB,
    marketing,
    finance,
    customerA,
    customerB,
    orderA,
    orderB,
  }
}

/**
 * Local API `user` argument for a principal. Staff act as after their second factor, as the
 * staff auth strategy marks them (src/lib/auth/staff-jwt-strategy.ts).
 */
export const asStaff = (s: Staff) => ({
  ...s,
  collection: 'staff' as const,
  _secondFactor: 'verified' as const,
})
export const asCustomer = (c: Customer) => ({ ...c, collection: 'customers' as const })
