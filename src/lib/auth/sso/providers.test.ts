import { describe, expect, it } from 'vitest'

import type { TOidcProviderConfig } from '@/lib/env'
import { amrShowsMfa, mapStaffRole, ssoProviders } from '@/lib/auth/sso/providers'

const provider = {
  rolesClaim: 'groups',
  roleMap: {
    'portal-admins': 'admin',
    sales: 'account-manager',
    comms: 'marketing',
    money: 'finance',
  },
}

describe('mapStaffRole', () => {
  it('maps a single string claim', () => {
    expect(mapStaffRole({ groups: 'comms' }, provider)).toBe('marketing')
  })

  it('lets the most privileged mapped role win, whatever the order in the claim', () => {
    expect(mapStaffRole({ groups: ['money', 'sales', 'unrelated'] }, provider)).toBe(
      'account-manager',
    )
    expect(mapStaffRole({ groups: ['comms', 'portal-admins'] }, provider)).toBe('admin')
  })

  it('grants nothing for unmapped values, a missing claim, or non-strings', () => {
    expect(mapStaffRole({ groups: ['everyone'] }, provider)).toBeNull()
    expect(mapStaffRole({}, provider)).toBeNull()
    expect(mapStaffRole({ groups: [{ 'portal-admins': true }, 42, null] }, provider)).toBeNull()
    expect(
      mapStaffRole({ groups: 'portal-admins' }, { ...provider, rolesClaim: 'roles' }),
    ).toBeNull()
  })

  it('reads the configured claim and is case-sensitive on values', () => {
    const p = { rolesClaim: 'roles', roleMap: { Admin: 'admin' } }
    expect(mapStaffRole({ roles: ['Admin'] }, p)).toBe('admin')
    expect(mapStaffRole({ roles: ['admin'] }, p)).toBeNull()
  })

  it('ignores a role map value that is not a staff role', () => {
    expect(
      mapStaffRole({ groups: ['x'] }, { rolesClaim: 'groups', roleMap: { x: 'root' } }),
    ).toBeNull()
  })
})

describe('amrShowsMfa', () => {
  it.each([[['pwd', 'mfa']], [['otp']], [['hwk']], [['swk', 'pwd']], [['fpt']], [['MFA']]])(
    'counts %j as multi-factor',
    (amr) => expect(amrShowsMfa(amr)).toBe(true),
  )
  it.each([[['pwd']], [[]], [undefined], ['mfa'], [[{ mfa: 1 }]], [['kba']]])(
    'does not count %j',
    (amr) => expect(amrShowsMfa(amr)).toBe(false),
  )
})

describe('ssoProviders', () => {
  const p = (id: string, audience: 'staff' | 'customers') =>
    ({ id, audience }) as TOidcProviderConfig
  it('lists only the providers of the audience, in configured order', () => {
    const all = [p('a', 'staff'), p('b', 'customers'), p('c', 'staff')]
    expect(ssoProviders('staff', all).map((x) => x.id)).toEqual(['a', 'c'])
    expect(ssoProviders('customers', all).map((x) => x.id)).toEqual(['b'])
    expect(ssoProviders('customers', [])).toEqual([])
  })
})
