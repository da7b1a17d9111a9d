import { describe, expect, it } from 'vitest'

import { parseEnv } from './env'

const base = {
  PAYLOAD_SECRET: 'x'.repeat(40),
  DATABASE_URL: 'postgres://u:p@db:5432/portal',
  OIDC_PROVIDERS: 'corp',
  OIDC_CORP_ISSUER: 'https://sso.example/realms/staff',
  OIDC_CORP_CLIENT_ID: 'portal',
  OIDC_CORP_AUDIENCE: 'staff',
}

describe('OIDC provider settings', () => {
  it('parses a staff provider with its role map', () => {
    const env = parseEnv({
      ...base,
      OIDC_CORP_ROLE_MAP: 'portal-admins=admin, sales=account-manager',
      OIDC_CORP_TRUST_IDP_MFA: 'true',
    })
    expect(env.OIDC_PROVIDERS).toEqual([
      expect.objectContaining({
        id: 'corp',
        audience: 'staff',
        rolesClaim: 'groups',
        roleMap: { 'portal-admins': 'admin', sales: 'account-manager' },
        trustIdpMfa: true,
      }),
    ])
  })

  it('refuses at start a role map naming a role that does not exist, saying which', () => {
    expect(() => parseEnv({ ...base, OIDC_CORP_ROLE_MAP: 'ops=admin,it=superuser' })).toThrow(
      /OIDC_CORP_ROLE_MAP: "it=superuser" names no staff role; use one of admin, account-manager/,
    )
  })

  it('refuses a role map on a customer provider', () => {
    expect(() =>
      parseEnv({ ...base, OIDC_CORP_AUDIENCE: 'customers', OIDC_CORP_ROLE_MAP: 'a=admin' }),
    ).toThrow(/only staff providers map roles/)
  })

  it('accepts plain http only for an issuer on this machine', () => {
    expect(() => parseEnv({ ...base, OIDC_CORP_ISSUER: 'http://sso.example/realms/x' })).toThrow(
      /OIDC_CORP_ISSUER: must be https/,
    )
    expect(
      parseEnv({ ...base, OIDC_CORP_ISSUER: 'http://127.0.0.1:3901' }).OIDC_PROVIDERS[0].issuer,
    ).toBe('http://127.0.0.1:3901')
  })
})
