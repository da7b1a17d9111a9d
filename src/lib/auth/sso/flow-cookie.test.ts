import { describe, expect, it } from 'vitest'

import { sealer } from '@/lib/crypto/seal'
import { env } from '@/lib/env'
import {
  openSsoFlow,
  sealSsoFlow,
  ssoFlowCookieHeader,
  type TSsoFlow,
} from '@/lib/auth/sso/flow-cookie'

const flow: TSsoFlow = {
  providerId: 'corp',
  state: 'state-1',
  nonce: 'nonce-1',
  codeVerifier: 'verifier-1',
  next: '/admin',
  locale: 'nl',
  issuedAt: Date.now(),
}

describe('SSO flow cookie', () => {
  it('round-trips for the provider it was made for, and the value is not readable', () => {
    const sealed = sealSsoFlow(flow)
    expect(sealed).not.toContain('nonce-1')
    expect(sealed).not.toContain('verifier-1')
    expect(openSsoFlow(sealed, 'corp')).toEqual(flow)
  })

  it('is refused for another provider', () => {
    expect(openSsoFlow(sealSsoFlow(flow), 'other')).toBeNull()
  })

  it('expires after ten minutes and refuses a future issue time', () => {
    const sealed = sealSsoFlow(flow)
    expect(openSsoFlow(sealed, 'corp', flow.issuedAt + 9 * 60_000)).not.toBeNull()
    expect(openSsoFlow(sealed, 'corp', flow.issuedAt + 10 * 60_000 + 1)).toBeNull()
    expect(openSsoFlow(sealed, 'corp', flow.issuedAt - 5 * 60_000)).toBeNull()
  })

  it('refuses altered values, values sealed for another purpose, and garbage', () => {
    const sealed = sealSsoFlow(flow)
    const [v, iv, tag, ct] = sealed.split('.')
    const flipped = Buffer.from(ct, 'base64url')
    flipped[0] ^= 1
    expect(openSsoFlow([v, iv, tag, flipped.toString('base64url')].join('.'), 'corp')).toBeNull()
    const other = sealer(env.PAYLOAD_SECRET, 'pending-sign-in').seal(JSON.stringify(flow))
    expect(openSsoFlow(other, 'corp')).toBeNull()
    expect(openSsoFlow('v1.a.b.c', 'corp')).toBeNull()
    expect(openSsoFlow(undefined, 'corp')).toBeNull()
  })

  it('keeps a missing verifier visible as empty, so the callback can refuse it', () => {
    const { codeVerifier: _drop, ...rest } = flow
    const opened = openSsoFlow(
      sealer(env.PAYLOAD_SECRET, 'oidc').seal(JSON.stringify(rest)),
      'corp',
    )
    expect(opened?.codeVerifier).toBe('')
  })

  it('is HttpOnly, SameSite=Lax, ten minutes; clearing sets Max-Age=0', () => {
    const header = ssoFlowCookieHeader('abc')
    expect(header).toMatch(/HttpOnly/)
    expect(header).toMatch(/SameSite=Lax/)
    expect(header).toMatch(/Max-Age=600/)
    expect(header).toMatch(/Path=\//)
    expect(ssoFlowCookieHeader(null)).toMatch(/Max-Age=0/)
  })
})
