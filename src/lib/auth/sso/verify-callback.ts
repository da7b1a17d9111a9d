import 'server-only'

import * as oidc from 'openid-client'

import type { TOidcProviderConfig } from '@/lib/env'
import type { TSsoFlow } from '@/lib/auth/sso/flow-cookie'
import type { TSsoClaims } from '@/lib/auth/sso/resolve-account'

/** Why a callback was refused; recorded in the audit log, never shown. */
export type TCallbackFailure =
  | 'missing-flow'
  | 'provider-error'
  | 'state'
  | 'pkce'
  | 'nonce'
  | 'unsigned-id-token'
  | 'audience'
  | 'issuer'
  | 'expired'
  | 'signature'
  | 'token'
  | 'discovery'

/** Only asymmetric signatures: `none` and shared-secret (HS*) ID tokens prove nothing here. */
const SIGNED = /^(RS|PS|ES)(256|384|512)$|^EdDSA$|^Ed25519$/

/**
 * Checks the provider's answer against the flow this browser started, exchanges the code (with
 * the PKCE verifier) and validates the ID token: issuer, audience, expiry, nonce and its
 * signature against the provider's published keys (openid-client, with non-repudiation checks on).
 */
export async function verifyCallback(args: {
  provider: TOidcProviderConfig
  config: oidc.Configuration
  flow: TSsoFlow | null
  callbackUrl: URL
}): Promise<
  { ok: true; claims: TSsoClaims } | { ok: false; reason: TCallbackFailure; error?: string }
> {
  const { config, flow, callbackUrl, provider } = args
  if (!flow) return { ok: false, reason: 'missing-flow' }
  const params = callbackUrl.searchParams
  if (params.has('error')) {
    return { ok: false, reason: 'provider-error', error: params.get('error')?.slice(0, 60) }
  }
  if (!flow.state || params.get('state') !== flow.state) return { ok: false, reason: 'state' }
  if (!flow.codeVerifier) return { ok: false, reason: 'pkce' }
  if (!flow.nonce) return { ok: false, reason: 'nonce' }

  let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>
  try {
    tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    })
  } catch (err) {
    return { ok: false, reason: errorReason(err), error: errorCode(err) }
  }
  const alg = idTokenAlg(tokens.id_token)
  if (!alg || !SIGNED.test(alg)) return { ok: false, reason: 'unsigned-id-token', error: alg ?? '' }
  const idClaims = tokens.claims()
  if (!idClaims) return { ok: false, reason: 'token', error: 'no id_token' }
  const claims: TSsoClaims = {
    ...(idClaims as Record<string, unknown>),
    iss: idClaims.iss,
    sub: idClaims.sub,
  }

  // Providers that keep ID tokens small (Auth0, Keycloak without mappers) give email and groups
  // at the userinfo endpoint; fill in only what the ID token lacks, for the same subject.
  const wanted = ['email', 'email_verified', provider.rolesClaim]
  if (tokens.access_token && wanted.some((k) => claims[k] === undefined)) {
    try {
      const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)
      for (const k of wanted)
        if (claims[k] === undefined && info[k] !== undefined) claims[k] = info[k]
    } catch {
      // The ID token alone still decides; a missing email simply links nothing.
    }
  }
  return { ok: true, claims }
}

function idTokenAlg(idToken: string | undefined): string | null {
  if (!idToken) return null
  try {
    const header = JSON.parse(Buffer.from(idToken.split('.')[0], 'base64url').toString('utf8'))
    return typeof header?.alg === 'string' ? header.alg : null
  } catch {
    return null
  }
}

/** openid-client wraps oauth4webapi's error, which names the failed claim in its own cause. */
function failedClaim(err: unknown): string {
  let e = err as { cause?: unknown; claim?: unknown } | undefined
  for (let depth = 0; e && depth < 4; depth++) {
    if (typeof e.claim === 'string') return e.claim
    e = e.cause as typeof e
  }
  return ''
}

/** The check that failed, e.g. "OAUTH_JWT_CLAIM_COMPARISON_FAILED nonce": names, never token content. */
function errorCode(err: unknown): string {
  const e = err as { code?: unknown; error?: unknown }
  const code = typeof e?.code === 'string' ? e.code : typeof e?.error === 'string' ? e.error : ''
  return `${code} ${failedClaim(err)}`.trim().slice(0, 120) || 'unknown'
}

function errorReason(err: unknown): TCallbackFailure {
  const claim = failedClaim(err)
  if (claim === 'nonce') return 'nonce'
  if (claim === 'aud' || claim === 'azp') return 'audience'
  if (claim === 'iss') return 'issuer'
  if (claim === 'exp' || claim === 'iat' || claim === 'nbf') return 'expired'
  if (causeMessages(err).some((m) => /signature/i.test(m))) return 'signature'
  return 'token'
}

function causeMessages(err: unknown): string[] {
  const out: string[] = []
  let e = err as { cause?: unknown; message?: unknown } | undefined
  for (let depth = 0; e && depth < 4; depth++) {
    if (typeof e.message === 'string') out.push(e.message)
    e = e.cause as typeof e
  }
  return out
}
