import 'server-only'

import * as oidc from 'openid-client'
import { z } from 'zod'

import { sealSsoFlow } from '@/lib/auth/sso/flow-cookie'
import { oidcConfiguration, ssoRedirectUri } from '@/lib/auth/sso/oidc-configuration'
import { findSsoProvider } from '@/lib/auth/sso/providers'
import { safeSsoNext } from '@/lib/auth/sso/safe-next'
import { AppError } from '@/lib/errors'
import { env } from '@/lib/env'
import { clientIpFromHeaders } from '@/lib/http/client-ip'
import { route } from '@/lib/http/route'
import { LOCALES } from '@/lib/i18n/locales'
import { getPayload } from '@/payload/get-payload'
import { consumeRateLimits } from '@/lib/rate-limit/limits'

import { problemPath, redirectTo, ZSsoParams } from './responses'

const ZStart = z.object({
  next: z.string().max(300).optional(),
  locale: z.enum(LOCALES).catch('en').default('en'),
})

/**
 * GET /api/auth/oidc/<provider>/start: a fresh state, nonce and PKCE (S256) verifier, sealed in a
 * cookie for ten minutes, and off to the provider's authorization endpoint.
 */
export const ssoStartRoute = route({
  name: '/api/auth/oidc/[provider]/start',
  auth: 'public',
  params: ZSsoParams,
  query: ZStart,
  handler: async ({ req, params, query, log }) => {
    const provider = findSsoProvider(params.provider)
    if (!provider) throw new AppError('NOT_FOUND', 'Not found.')
    const payload = await getPayload()
    const limit = await consumeRateLimits(payload, [['sso:ip', clientIpFromHeaders(req.headers)]])
    if (!limit.allowed)
      return redirectTo(problemPath(query.locale, 'busy', provider.audience), null)

    let config: oidc.Configuration
    try {
      config = await oidcConfiguration(provider)
    } catch (err) {
      log.warn({ err, provider: provider.id }, 'OpenID provider discovery failed')
      return redirectTo(problemPath(query.locale, 'failed', provider.audience), null)
    }
    const codeVerifier = oidc.randomPKCECodeVerifier()
    const state = oidc.randomState()
    const nonce = oidc.randomNonce()
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: ssoRedirectUri(env.PUBLIC_URL, provider.id),
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      ui_locales: query.locale,
    })
    const sealed = sealSsoFlow({
      providerId: provider.id,
      state,
      nonce,
      codeVerifier,
      next: safeSsoNext(query.next, provider.audience, query.locale),
      locale: query.locale,
      issuedAt: Date.now(),
    })
    const res = redirectTo('', sealed)
    res.headers.set('location', url.href)
    return res
  },
})
