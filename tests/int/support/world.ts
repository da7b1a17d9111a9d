import { getPayload, type Payload } from 'payload'

import config from '@payload-config'
import type { TStaffRole } from '@/access/policy'
import { createCustomerSession } from '@/lib/auth/customer-sessions'
import { CUSTOMER_SESSION_COOKIE } from '@/lib/auth/cookies'
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

/** Local API `user` argument for a principal. */
export const asStaff = (s: Staff) => ({ ...s, collection: 'staff' as const })
export const asCustomer = (c: Customer) => ({ ...c, collection: 'customers' as const })

/** Request headers that authenticate like a browser would: a real session cookie or staff JWT. */
export async function customerHeaders(payload: Payload, customer: Customer): Promise<Headers> {
  const { token } = await createCustomerSession({
    payload,
    customerId: customer.id,
    meta: { ip: '127.0.0.1', userAgent: 'vitest' },
  })
  return new Headers({ cookie: `${CUSTOMER_SESSION_COOKIE}=${token}` })
}

export async function staffHeaders(payload: Payload, member: Staff): Promise<Headers> {
  const { token } = await payload.login({
    collection: 'staff',
    data: { email: member.email, password: PASSWORD },
  })
  return new Headers({ authorization: `JWT ${token}` })
}
