import 'server-only'

import * as oidc from 'openid-client'

import type { TOidcProviderConfig } from '@/lib/env'

const cache = new Map<string, Promise<oidc.Configuration>>()

/**
 * The provider's discovered metadata and our client, cached per provider (a failed discovery is
 * retried on the next sign-in). ID token signatures are always checked against the provider's
 * keys, even though the token comes straight from its token endpoint: a compromised or confused
 * token endpoint must not be able to hand us an unsigned or foreign token. Plain http is only
 * allowed for issuers on this machine (env.ts refuses any other).
 */
export function oidcConfiguration(provider: TOidcProviderConfig): Promise<oidc.Configuration> {
  const key = `${provider.id}|${provider.issuer}|${provider.clientId}`
  let config = cache.get(key)
  if (!config) {
    const execute = [oidc.enableNonRepudiationChecks]
    if (provider.issuer.startsWith('http://')) execute.push(oidc.allowInsecureRequests)
    config = oidc.discovery(
      new URL(provider.issuer),
      provider.clientId,
      undefined,
      provider.clientSecret ? oidc.ClientSecretBasic(provider.clientSecret) : oidc.None(),
      { execute, timeout: 10 },
    )
    config.catch(() => cache.delete(key))
    cache.set(key, config)
  }
  return config
}

/** For tests that restart a provider on another port under the same id. */
export function forgetOidcConfigurations() {
  cache.clear()
}

export function ssoRedirectUri(publicUrl: string, providerId: string): string {
  return `${publicUrl}/api/auth/oidc/${encodeURIComponent(providerId)}/callback`
}
