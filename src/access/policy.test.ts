import { describe, expect, it } from 'vitest'

import { ROLE_CAPABILITIES, roleCan, STAFF_ROLES } from './policy'

describe('role policy', () => {
  it('gives only admins the power to manage staff and all records', () => {
    expect(STAFF_ROLES.filter((r) => roleCan(r, 'staff:manage'))).toEqual(['admin'])
    expect(STAFF_ROLES.filter((r) => roleCan(r, 'orders:write-all'))).toEqual(['admin'])
  })

  it('limits account managers to their own customers', () => {
    expect(roleCan('account-manager', 'customers:read-own')).toBe(true)
    expect(roleCan('account-manager', 'customers:read-all')).toBe(false)
    expect(roleCan('account-manager', 'orders:read-all')).toBe(false)
  })

  it('lets marketing and finance read but not write customers and orders', () => {
    for (const role of ['marketing', 'finance'] as const) {
      expect(ROLE_CAPABILITIES[role].some((c) => /^(customers|orders):write/.test(c))).toBe(false)
      expect(roleCan(role, 'customers:read-all')).toBe(true)
    }
  })

  it('keeps contracts and invoices from marketing; invoices are managed by finance', () => {
    expect(ROLE_CAPABILITIES.marketing.some((c) => /^(documents|invoices):/.test(c))).toBe(false)
    expect(STAFF_ROLES.filter((r) => roleCan(r, 'invoices:write-all'))).toEqual([
      'admin',
      'finance',
    ])
    expect(roleCan('finance', 'documents:read-all')).toBe(false)
    expect(roleCan('account-manager', 'documents:read-all')).toBe(false)
    expect(roleCan('account-manager', 'invoices:write-all')).toBe(false)
  })

  it('lets only admins and finance read the audit log', () => {
    expect(STAFF_ROLES.filter((r) => roleCan(r, 'audit:read'))).toEqual(['admin', 'finance'])
  })

  it('lets marketing and account managers, besides admins, manage the help centre', () => {
    expect(STAFF_ROLES.filter((r) => roleCan(r, 'help:manage'))).toEqual([
      'admin',
      'account-manager',
      'marketing',
    ])
  })

  it('lets only marketing and admins manage the media library', () => {
    expect(STAFF_ROLES.filter((r) => roleCan(r, 'content:manage'))).toEqual(['admin', 'marketing'])
  })

  it('grants nothing without a role', () => {
    expect(roleCan(null, 'customers:read-own')).toBe(false)
    expect(roleCan(undefined, 'orders:read-own')).toBe(false)
  })
})
