import { describe, expect, it } from 'vitest'

import { canResetSecondFactor } from '@/lib/auth/second-factor/reset/can-reset'

const staff = (id: string, role: string, verified = true) => ({
  id,
  role,
  collection: 'staff',
  ...(verified ? { _secondFactor: 'verified' } : {}),
})

describe('who may reset a second factor', () => {
  const ownCustomer = { collection: 'customers' as const, accountManagerId: 'm1' }
  const otherCustomer = { collection: 'customers' as const, accountManagerId: 'm2' }

  it('lets admins reset any customer and other staff, never themselves', () => {
    const admin = staff('a1', 'admin')
    expect(canResetSecondFactor(admin, otherCustomer)).toBe(true)
    expect(canResetSecondFactor(admin, { collection: 'staff', id: 'm1' })).toBe(true)
    expect(canResetSecondFactor(admin, { collection: 'staff', id: 'a1' })).toBe(false)
  })

  it('lets account managers reset only their own customers', () => {
    const manager = staff('m1', 'account-manager')
    expect(canResetSecondFactor(manager, ownCustomer)).toBe(true)
    expect(canResetSecondFactor(manager, otherCustomer)).toBe(false)
    expect(canResetSecondFactor(manager, { collection: 'staff', id: 'm2' })).toBe(false)
  })

  it('refuses marketing, finance, customers and staff before their second factor', () => {
    expect(canResetSecondFactor(staff('x', 'marketing'), ownCustomer)).toBe(false)
    expect(canResetSecondFactor(staff('x', 'finance'), ownCustomer)).toBe(false)
    expect(canResetSecondFactor(staff('m1', 'account-manager', false), ownCustomer)).toBe(false)
    expect(canResetSecondFactor(staff('a1', 'admin', false), otherCustomer)).toBe(false)
    expect(canResetSecondFactor({ id: 'c', collection: 'customers' }, ownCustomer)).toBe(false)
    expect(canResetSecondFactor(null, ownCustomer)).toBe(false)
  })
})
