import { SECURE_COOKIES } from '@/lib/auth/cookies'
import { sealer } from '@/lib/crypto/seal'
import { env } from '@/lib/env'

/**
 * What the browser carries between "go to the provider" and "the provider sent you back": the
 * state, nonce and PKCE verifier of one attempt, sealed (AES-GCM) so they can be neither read nor
 * changed, bound to one provider and valid for ten minutes. Used once: the callback clears it.
 */
export const SSO_FLOW_COOKIE = SECURE_COOKIES ? '__Host-dv_oidc' : 'dv_oidc'
export const SSO_FLOW_TTL_SECONDS = 10 * 60

export type TSsoFlow = {
  providerId: string
  state: string
  nonce: string
  codeVerifier: string
  next?: string
  locale: string
  issuedAt: number
}

const seal = sealer(env.PAYLOAD_SECRET, 'oidc')

export function sealSsoFlow(flow: TSsoFlow): string {
  return seal.seal(JSON.stringify(flow))
}

/**
 * The flow for this provider, or null when the cookie is missing, altered, sealed for another
 * purpose, older than ten minutes or made for another provider. A missing verifier, state or
 * nonce is kept as an empty string so the caller can refuse with a precise reason.
 */
export function openSsoFlow(
  sealed: string | null | undefined,
  providerId: string,
  now = Date.now(),
): TSsoFlow | null {
  const raw = seal.open(sealed)
  if (!raw) return null
  let value: Partial<TSsoFlow>
  try {
    value = JSON.parse(raw) as Partial<TSsoFlow>
  } catch {
    return null
  }
  if (typeof value.issuedAt !== 'number' || value.providerId !== providerId) return null
  if (now - value.issuedAt > SSO_FLOW_TTL_SECONDS * 1000 || value.issuedAt > now + 60_000)
    return null
  const text = (v: unknown) => (typeof v === 'string' ? v : '')
  return {
    providerId,
    state: text(value.state),
    nonce: text(value.nonce),
    codeVerifier: text(value.codeVerifier),
    next: typeof value.next === 'string' ? value.next : undefined,
    locale: text(value.locale) || 'en',
    issuedAt: value.issuedAt,
  }
}

export function ssoFlowCookieHeader(value: string | null): string {
  const parts = [
    `${SSO_FLOW_COOKIE}=${value ?? ''}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    value ? `Max-Age=${SSO_FLOW_TTL_SECONDS}` : 'Max-Age=0',
  ]
  if (SECURE_COOKIES) parts.push('Secure')
  return parts.join('; ')
}
