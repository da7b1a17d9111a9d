import { describe, expect, it } from 'vitest'

import { changedFieldNames } from './changed-fields'

describe('changedFieldNames', () => {
  const before = {
    id: 'c1',
    phone: '+31 1',
    email: 'a@example.test',
    accountManager: 'm1',
    configuration: [{ id: 'r1', group: 'exterior', option: 'Red' }],
    updatedAt: '2026-01-01T00:00:00.000Z',
  }

  it('names changed fields only, sorted, ignoring timestamps', () => {
    const after = {
      ...before,
      phone: '+31 2',
      email: 'b@example.test',
      updatedAt: '2026-02-02T00:00:00.000Z',
    }
    expect(changedFieldNames(before, after)).toEqual(['email', 'phone'])
  })

  it('compares a populated relationship by id, and arrays by content', () => {
    expect(
      changedFieldNames(before, { ...before, accountManager: { id: 'm1', name: 'M' } }),
    ).toEqual([])
    expect(
      changedFieldNames(before, { ...before, accountManager: { id: 'm2', name: 'N' } }),
    ).toEqual(['accountManager'])
    const recoloured = {
      ...before,
      configuration: [{ id: 'r1', group: 'exterior', option: 'Blue' }],
    }
    expect(changedFieldNames(before, recoloured)).toEqual(['configuration'])
  })

  it('treats added and removed fields as changed, null and missing as equal, and honours ignore', () => {
    expect(changedFieldNames(before, { ...before, notes: 'n' })).toEqual(['notes'])
    expect(changedFieldNames({ ...before, notes: null }, before)).toEqual([])
    expect(changedFieldNames(before, { ...before, phone: 'x' }, ['phone'])).toEqual([])
    expect(changedFieldNames(null, { id: 'c1', phone: 'p' })).toEqual(['phone'])
  })

  it('ignores Payload auth bookkeeping and reports a new hash as a password change', () => {
    const auth = { ...before, loginAttempts: 0, lockUntil: null, hash: 'h1', salt: 's1' }
    expect(
      changedFieldNames(auth, { ...auth, loginAttempts: 3, lockUntil: '2026-01-01T00:00:00.000Z' }),
    ).toEqual([])
    expect(changedFieldNames(auth, { ...auth, hash: 'h2', salt: 's2' })).toEqual(['password'])
  })
})
