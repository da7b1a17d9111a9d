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

/** Request headers that authenticate like a browser would: a real session cookie or staff JWT. */
export async function customerHeaders(payload: Payload, customer: Customer): Promise<Headers> {
  const { token } = await createCustomerSession({
    payload,
    customerId: customer.id,
    meta: { ip: '127.0.0.1', userAgent: 'vitest' },
  })
  return new Headers({ cookie: `${CUSTOMER_SESSION_COOKIE}=${token}` })
}

/** A staff JWT from a real password sign-in whose session has passed the second factor. */
export async function staffHeaders(payload: Payload, member: Staff): Promise<Headers> {
  const { token, sid } = await staffPasswordSignIn(payload, member)
  await payload.create({
    collection: 'staff-factor-checks',
    data: { staff: member.id, sid, verifiedAt: new Date().toISOString(), method: 'totp' },
    overrideAccess: true, // test: stands for a passed second factor
  })
  return new Headers({ authorization: `JWT ${token}` })
}

/** Password only: the session exists but has not passed the second factor. */
export async function staffPasswordSignIn(
  payload: Payload,
  member: Pick<Staff, 'email'>,
  password = PASSWORD,
): Promise<{ token: string; sid: string; headers: Headers }> {
  const { token } = await payload.login({
    collection: 'staff',
    data: { email: member.email, password },
  })
  if (!token) throw new Error('staff sign-in gave no token')
  const { sid } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
    sid?: unknown
  }
  if (typeof sid !== 'string') throw new Error('staff token carries no session id')
  return { token, sid, headers: new Headers({ authorization: `JWT ${token}` }) }
}
