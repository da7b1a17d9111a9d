import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { TStaffRole } from '@/access/policy'
import type { TModel } from '@/lib/orders/models'
import type { TStage } from '@/lib/orders/stages'
import { hashPassword } from '@/lib/auth/password'
import type { TLocale } from '@/lib/i18n/locales'
import type { Customer, Order, Staff } from '@/payload-types'

/**
 * Factories shared by the demo seed and the tests. All writes here are system writes
 * (overrideAccess: true) — they set up the world that access rules are then tested against.
 */
export function uniqueEmail(prefix = 'user', domain = 'test.example') {
  return `${prefix}-${randomBytes(5).toString('hex')}@${domain}`.toLowerCase()
}

export async function createStaff(
  payload: Payload,
  input: {
    role: TStaffRole
    email?: string
    name?: string
    title?: string
    phone?: string
    password: string
  },
): Promise<Staff> {
  return payload.create({
    collection: 'staff',
    data: {
      email: input.email ?? uniqueEmail(input.role),
      name: input.name ?? `Test ${input.role}`,
      role: input.role,
      title: input.title,
      phone: input.phone,
      password: input.password,
    },
    overrideAccess: true, // factory
  })
}

export async function createCustomer(
  payload: Payload,
  input: {
    accountManager?: string | null
    email?: string
    firstName?: string
    lastName?: string
    preferredLocale?: TLocale
    /** With a password the customer is active and can sign in; without, they are invited. */
    password?: string
    sendInvitation?: boolean
  },
): Promise<Customer> {
  const active = Boolean(input.password)
  return payload.create({
    collection: 'customers',
    data: {
      email: input.email ?? uniqueEmail('customer'),
      firstName: input.firstName ?? 'Test',
      lastName: input.lastName ?? 'Customer',
      preferredLocale: input.preferredLocale ?? 'en',
      accountManager: input.accountManager ?? null,
      status: active ? 'active' : 'invited',
      passwordHash: input.password ? await hashPassword(input.password) : undefined,
      activatedAt: active ? new Date().toISOString() : undefined,
    },
    overrideAccess: true, // factory
    context: { skipInvitation: !input.sendInvitation },
  })
}

export async function createOrder(
  payload: Payload,
  input: {
    customer: string
    model?: TModel
    stage?: TStage
    orderNumber?: string
    orderDate?: string
    deliveredAt?: string | null
    deliveryWindowStart?: string | null
    deliveryWindowEnd?: string | null
    configuration?: Order['configuration']
    actionItems?: Order['actionItems']
    vin?: string | null
  },
): Promise<Order> {
  return payload.create({
    collection: 'orders',
    data: {
      orderNumber: input.orderNumber ?? `T-${randomBytes(4).toString('hex').toUpperCase()}`,
      orderDate: input.orderDate ?? new Date().toISOString(),
      customer: input.customer,
      model: input.model ?? 'p24-rs',
      stage: input.stage ?? 'design',
      deliveredAt: input.deliveredAt ?? null,
      deliveryWindowStart: input.deliveryWindowStart ?? null,
      deliveryWindowEnd: input.deliveryWindowEnd ?? null,
      configuration: input.configuration ?? [],
      actionItems: input.actionItems ?? [],
      vin: input.vin ?? null,
    },
    overrideAccess: true, // factory
  })
}
