import { describe, expect, it } from 'vitest'

import { BASELINE_CSP, buildCsp, EMBED_PAGE, generateNonce, serializeCsp } from './csp'
import { DENIED_FEATURES, PERMISSIONS_POLICY, securityHeaders } from './headers'

/** Directive name → its sources, for assertions that do not depend on order. */
function parse(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/)
      return [name, values]
    }),
  )
}

const base = { nonce: 'abc123==', https: false, dev: false }

describe('page CSP', () => {
  it('lets scripts run only with this response nonce — no inline, no eval, no other host', () => {
    const csp = parse(buildCsp({ ...base, profile: 'portal' }))
    expect(csp['script-src']).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"])
    expect(csp['default-src']).toEqual(["'self'"])
    expect(csp['object-src']).toEqual(["'none'"])
    expect(csp['frame-ancestors']).toEqual(["'none'"])
    expect(csp['base-uri']).toEqual(["'self'"])
    expect(csp['form-action']).toEqual(["'self'"])
    expect(csp['connect-src']).toEqual(["'self'"])
    expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:'])
    expect(csp['media-src']).toEqual(["'self'", 'blob:'])
  })

  it('frames YouTube and Vimeo players only on a story page, and only their privacy hosts', () => {
    expect(parse(buildCsp({ ...base, profile: 'portal' }))['frame-src']).toEqual(["'self'"])
    expect(parse(buildCsp({ ...base, profile: 'portal', embeds: true }))['frame-src']).toEqual([
      "'self'",
      'https://www.youtube-nocookie.com',
      'https://player.vimeo.com',
    ])
    expect(parse(buildCsp({ ...base, profile: 'admin', embeds: true }))['frame-src']).toEqual([
      "'self'",
    ])
    const story = '/en/media/0b8e6c1e-7a52-4c1a-9a8e-3f2d1c0b9a87'
    expect(EMBED_PAGE.test(story)).toBe(true)
    expect(EMBED_PAGE.test('/en/media')).toBe(false)
    expect(EMBED_PAGE.test(`${story}/x`)).toBe(false)
    expect(EMBED_PAGE.test('/en/orders/0b8e6c1e-7a52-4c1a-9a8e-3f2d1c0b9a87')).toBe(false)
  })

  it("admits portal style elements by nonce, the admin's inline (measured), attributes inline", () => {
    const portal = parse(buildCsp({ ...base, profile: 'portal' }))
    expect(portal['style-src-elem']).toEqual(["'self'", "'nonce-abc123=='"])
    expect(portal['style-src']).toEqual(portal['style-src-elem'])
    expect(portal['style-src-attr']).toEqual(["'unsafe-inline'"])
    const admin = parse(buildCsp({ ...base, profile: 'admin' }))
    expect(admin['style-src-elem']).toEqual(["'self'", "'unsafe-inline'"])
    expect(admin['script-src']).toEqual(portal['script-src'])
  })

  it('upgrades insecure requests only over HTTPS, and loosens only in development', () => {
    expect(buildCsp({ ...base, profile: 'portal' })).not.toContain('upgrade-insecure-requests')
    expect(parse(buildCsp({ ...base, profile: 'portal', https: true }))).toHaveProperty(
      'upgrade-insecure-requests',
    )
    const dev = parse(buildCsp({ ...base, profile: 'portal', dev: true }))
    expect(dev['script-src']).toContain("'unsafe-eval'")
    expect(dev['connect-src']).toContain('ws:')
  })

  it('makes a fresh, unguessable nonce every time', () => {
    const nonces = new Set(Array.from({ length: 200 }, generateNonce))
    expect(nonces.size).toBe(200)
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/)
  })

  it('serializes directives without a trailing separator', () => {
    expect(serializeCsp({ 'default-src': ["'none'"], 'upgrade-insecure-requests': [] })).toBe(
      "default-src 'none'; upgrade-insecure-requests",
    )
  })
})

describe('baseline headers for every response', () => {
  it('runs nothing and frames nothing on non-page responses', () => {
    const csp = parse(BASELINE_CSP)
    expect(csp['default-src']).toEqual(["'none'"])
    expect(csp['script-src']).toEqual(["'none'"])
    expect(csp['frame-ancestors']).toEqual(["'none'"])
  })

  it('sends the fixed set, and HSTS only over HTTPS', () => {
    const plain = Object.fromEntries(securityHeaders({ https: false }).map((h) => [h.key, h.value]))
    expect(plain).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
    })
    expect(plain).not.toHaveProperty('strict-transport-security')
    const tls = Object.fromEntries(securityHeaders({ https: true }).map((h) => [h.key, h.value]))
    expect(tls['strict-transport-security']).toBe('max-age=63072000; includeSubDomains')
    for (const h of securityHeaders({ https: true })) expect(h.key).toBe(h.key.toLowerCase())
  })

  it('denies the powerful features the portal does not use', () => {
    for (const f of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
      expect(PERMISSIONS_POLICY).toContain(`${f}=()`)
    expect(PERMISSIONS_POLICY.split(', ')).toHaveLength(DENIED_FEATURES.length)
    // Passkeys and the video player must keep working.
    expect(PERMISSIONS_POLICY).not.toMatch(/publickey-credentials|fullscreen/)
  })
})
