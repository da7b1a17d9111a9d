import { z } from 'zod'

import { SECURE_COOKIES } from '@/lib/auth/cookies'
import { sealedToken } from '@/lib/crypto/sealed-token'
import { env } from '@/lib/env'

/**
 * What the browser carries between "go to the provider" and "the provider sent you back": the
 * state, nonce and PKCE verifier of one attempt, sealed (AES-GCM) so they can be neither read nor
 * changed, bound to one provider and valid for ten minutes. Used once: the callback clears it.
 */
export const SSO_FLOW_COOKIE = SECURE_COOKIES ? '__Host-dv_oidc' : 'dv_oidc'
export const SSO_FLOW_TTL_SECONDS = 10 * 60

/** A missing verifier, state or nonce opens as an empty string so the callback can refuse it. */
const text = z.string().catch('')
const ZSsoFlow = z.object({
  providerId: z.string(),
  state: text,
  nonce: text,
  codeVerifier: text,
  next: z.string().optional().catch(undefined),
  locale: z
    .string()
    .catch('')
    .transform((l) => l || 'en'),
})
export type TSsoFlow = z.output<typeof ZSsoFlow> & { issuedAt: number }

const token = sealedToken({
  seal: { secret: env.PAYLOAD_SECRET, purpose: 'oidc' },
  schema: ZSsoFlow,
  ttlMs: SSO_FLOW_TTL_SECONDS * 1000,
})

export function sealSsoFlow({ issuedAt, ...flow }: TSsoFlow): string {
  return token.seal(flow, issuedAt)
}

/**
 * The flow for this provider, or null when the cookie is missing, altered, sealed for another
 * purpose, older than ten minutes or made for another provider.
 */
export function openSsoFlow(
  sealed: string | null | undefined,
  providerId: string,
  now = Date.now(),
): TSsoFlow | null {
  const flow = token.open(sealed, now)
  return flow?.providerId === providerId ? flow : null
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
