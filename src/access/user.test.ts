import { describe, expect, it } from 'vitest'

import { isPendingStaff, isSignedInStaff, isStaff, staffCan } from './user'

const admin = { id: 'a', role: 'admin', collection: 'staff' }

describe('staff rights need the second factor', () => {
  it('treats a staff user without the verified marker as pending, with no capability', () => {
    for (const marker of [undefined, 'pending', 'VERIFIED', true]) {
      const user = { ...admin, _secondFactor: marker }
      expect(isSignedInStaff(user)).toBe(true)
      expect(isPendingStaff(user)).toBe(true)
      expect(isStaff(user)).toBe(false)
      expect(staffCan(user, 'staff:manage')).toBe(false)
    }
  })

  it('gives a verified staff user their role', () => {
    const user = { ...admin, _secondFactor: 'verified' }
    expect(isStaff(user)).toBe(true)
    expect(isPendingStaff(user)).toBe(false)
    expect(staffCan(user, 'staff:manage')).toBe(true)
  })

  it('never counts a customer as staff, marker or not', () => {
    const customer = { id: 'c', collection: 'customers', _secondFactor: 'verified' }
    expect(isSignedInStaff(customer)).toBe(false)
    expect(isStaff(customer)).toBe(false)
    expect(isPendingStaff(customer)).toBe(false)
  })
})
