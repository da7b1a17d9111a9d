import { STAFF_ROLES, type TStaffRole } from '@/access/policy'
import { env, type TOidcProviderConfig } from '@/lib/env'

/** The configured OpenID providers of one audience, in the order OIDC_PROVIDERS names them. */
export function ssoProviders(
  audience: TOidcProviderConfig['audience'],
  providers: TOidcProviderConfig[] = env.OIDC_PROVIDERS,
): TOidcProviderConfig[] {
  return providers.filter((p) => p.audience === audience)
}

export function findSsoProvider(
  id: string,
  providers: TOidcProviderConfig[] = env.OIDC_PROVIDERS,
): TOidcProviderConfig | null {
  return providers.find((p) => p.id === id) ?? null
}

/**
 * The staff role a provider's claim grants: every claim value (a string or a list of strings) is
 * looked up in the provider's role map, and of the roles found the most privileged one wins
 * (STAFF_ROLES is ordered from most to least privileged). Null when nothing maps.
 */
export function mapStaffRole(
  claims: Record<string, unknown>,
  provider: Pick<TOidcProviderConfig, 'rolesClaim' | 'roleMap'>,
): TStaffRole | null {
  const raw = claims[provider.rolesClaim]
  const values = (Array.isArray(raw) ? raw : [raw]).filter(
    (v): v is string => typeof v === 'string',
  )
  const granted = new Set(
    values.map((v) => provider.roleMap[v]).filter((r): r is string => Boolean(r)),
  )
  return STAFF_ROLES.find((role) => granted.has(role)) ?? null
}

/** `amr` values (RFC 8176 and common provider spellings) that mean more than one factor was used. */
const MFA_AMR = new Set(['mfa', 'otp', 'hwk', 'swk', 'fpt', 'sms', 'face', 'iris', 'retina', 'sc'])

/** Whether the ID token's `amr` claim reports a multi-factor sign-in at the provider. */
export function amrShowsMfa(amr: unknown): boolean {
  if (!Array.isArray(amr)) return false
  return amr.some((v) => typeof v === 'string' && MFA_AMR.has(v.toLowerCase()))
}
