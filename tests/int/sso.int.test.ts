import { randomBytes, randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PENDING_SIGN_IN_COOKIE } from '@/lib/auth/sign-in/pending-sign-in'
import { ssoCallbackRoute as callbackHandler } from '@/features/sso/callback-route'
import { openSsoFlow, sealSsoFlow, SSO_FLOW_COOKIE } from '@/lib/auth/sso/flow-cookie'
import { forgetOidcConfigurations, ssoRedirectUri } from '@/lib/auth/sso/oidc-configuration'
import { ssoStartRoute as startHandler } from '@/features/sso/start-route'
import { CUSTOMER_SESSION_COOKIE } from '@/lib/auth/cookies'
import { env, type TOidcProviderConfig } from '@/lib/env'
import { createCustomer, createStaff, uniqueEmail } from '@/seed/factories'

import { auditRows } from './support/audit'
import { rest } from './support/http'
import {
  followToCallback,
  startForgingProvider,
  startTestProvider,
  type TTestAccount,
} from './support/oidc'
import { TestBrowser } from './support/test-browser'
import { PASSWORD, testPayload } from './support/world'
import { routedAs } from './support/route-params'

const ssoStartRoute = routedAs('/api/auth/oidc/[provider]/start', startHandler)
const ssoCallbackRoute = routedAs('/api/auth/oidc/[provider]/callback', callbackHandler)

/**
 * Single sign-on end to end against a real OpenID provider (oidc-provider on 127.0.0.1): our start
 * and callback route handlers, the provider's authorization and token endpoints, the database.
 * ID tokens no real provider would issue come from a hand-made token endpoint.
 */
let payload: Payload
let idp: Awaited<ReturnType<typeof startTestProvider>>
let forge: Awaited<ReturnType<typeof startForgingProvider>>
const added: TOidcProviderConfig[] = []

const STAFF = 'it-staff'
const CUSTOMERS = 'it-customers'
const FORGED = 'it-forged'
const ROLE_MAP = { 'portal-admins': 'admin', sales: 'account-manager', comms: 'marketing' }

beforeAll(async () => {
  payload = await testPayload()
  const redirect = (id: string) => ssoRedirectUri(env.PUBLIC_URL, id)
  idp = await startTestProvider({
    port: 3941,
    clients: [
      {
        clientId: 'portal-staff',
        clientSecret: 'staff-secret-0123456789',
        redirectUri: redirect(STAFF),
      },
      {
        clientId: 'portal-customers',
        clientSecret: 'customer-secret-0123456789',
        redirectUri: redirect(CUSTOMERS),
      },
    ],
  })
  forge = await startForgingProvider(3961)
  const base = { rolesClaim: 'groups', trustIdpMfa: false, name: 'Test provider' }
  added.push(
    {
      ...base,
      id: STAFF,
      issuer: idp.issuer,
      clientId: 'portal-staff',
      clientSecret: 'staff-secret-0123456789',
      audience: 'staff',
      roleMap: ROLE_MAP,
    },
    {
      ...base,
      id: CUSTOMERS,
      issuer: idp.issuer,
      clientId: 'portal-customers',
      clientSecret: 'customer-secret-0123456789',
      audience: 'customers',
      roleMap: {},
    },
    {
      ...base,
      id: FORGED,
      issuer: forge.issuer,
      clientId: 'portal-forged',
      clientSecret: 'forged-secret-0123456789',
      audience: 'customers',
      roleMap: {},
    },
  )
  env.OIDC_PROVIDERS.push(...added)
  forgetOidcConfigurations()
})

afterAll(async () => {
  env.OIDC_PROVIDERS.splice(
    0,
    env.OIDC_PROVIDERS.length,
    ...env.OIDC_PROVIDERS.filter((p) => !added.includes(p)),
  )
  await Promise.all([idp?.close(), forge?.close()])
})

/** Each attempt from its own visitor (and address), so the 'sso:ip' limit never interferes. */
async function start(providerId: string, browser: TestBrowser, next?: string) {
  const query = new URLSearchParams({ locale: 'nl', ...(next ? { next } : {}) })
  const res = await browser.send(ssoStartRoute, {
    path: `${env.PUBLIC_URL}/api/auth/oidc/${providerId}/start?${query}`,
  })
  expect(res.status).toBe(303)
  const flow = res.setCookies.get(SSO_FLOW_COOKIE)
  expect(flow).toBeTruthy()
  return { location: res.headers.get('location')!, flow: flow! }
}

/** The provider's redirect back to us, carrying `flow` as the flow cookie (none when null). */
async function callback(url: string, browser: TestBrowser, flow?: string | null) {
  browser.jar.clear()
  if (flow) browser.jar.set(SSO_FLOW_COOKIE, flow)
  return browser.send(ssoCallbackRoute, { path: url })
}

/** The whole journey: start, the provider signs `account` in, and our callback. */
async function signIn(
  providerId: string,
  account: TTestAccount,
  tamper: {
    flow?: (sealed: string) => string | null
    url?: (url: URL) => void
  } = {},
  next?: string,
) {
  const browser = new TestBrowser()
  const { location, flow } = await start(providerId, browser, next)
  const authUrl = new URL(location)
  expect(authUrl.origin).toBe(idp.issuer)
  expect(authUrl.searchParams.get('code_challenge_method')).toBe('S256')
  expect(authUrl.searchParams.get('redirect_uri')).toBe(ssoRedirectUri(env.PUBLIC_URL, providerId))
  idp.signInAs(account)
  const back = new URL(await followToCallback(location, ssoRedirectUri(env.PUBLIC_URL, providerId)))
  tamper.url?.(back)
  const res = await callback(back.href, browser, tamper.flow ? tamper.flow(flow) : flow)
  return { res, location: res.headers.get('location') ?? '', cookies: res.setCookies }
}

/** Re-seals the flow this browser holds with one part changed, as only the server could. */
function reseal(sealed: string, providerId: string, change: Record<string, unknown>) {
  const flow = openSsoFlow(sealed, providerId)!
  return sealSsoFlow({ ...flow, ...change } as never)
}

const failures = (reason: string, since: string) =>
  auditRows(payload, {
    and: [
      { action: { equals: 'auth.sso.sign-in.failed' } },
      { createdAt: { greater_than_equal: since } },
    ],
  }).then((rows) => rows.filter((r) => (r.details as { reason?: string })?.reason === reason))

function expectRefused(r: { location: string; cookies: Map<string, string> }, problem = 'failed') {
  expect(r.location).toContain(`/sso-problem?reason=${problem}`)
  expect(r.cookies.get(CUSTOMER_SESSION_COOKIE) ?? '').toBe('')
  expect(r.cookies.has('payload-token')).toBe(false)
  // The attempt is used up either way.
  expect(r.cookies.get(SSO_FLOW_COOKIE)).toBe('')
}

const identitiesOf = (where: Record<string, unknown>) =>
  payload.find({ collection: 'identities', where: where as never, overrideAccess: true, depth: 0 })

const staffRow = (id: string) =>
  payload.findByID({ collection: 'staff', id, overrideAccess: true, depth: 0 })

const sessionsOf = (customerId: string) =>
  payload.find({
    collection: 'customer-sessions',
    where: { customer: { equals: customerId } },
    overrideAccess: true,
    depth: 0,
  })

describe('customer single sign-on', () => {
  it('links an active customer by verified email once, then signs in by (issuer, subject)', async () => {
    const since = new Date().toISOString()
    const c = await createCustomer(payload, { password: PASSWORD })
    const sub = randomUUID()
    const first = await signIn(
      CUSTOMERS,
      { sub, email: c.email.toUpperCase(), email_verified: true },
      {},
      '/nl/orders/x-1',
    )
    expect(first.res.status).toBe(303)
    expect(first.location).toBe(`${env.PUBLIC_URL}/nl/orders/x-1`)
    expect(first.cookies.get(CUSTOMER_SESSION_COOKIE)).toBeTruthy()
    const sessions = await sessionsOf(c.id)
    expect(sessions.docs.map((s) => s.method)).toEqual(['sso'])
    expect(sessions.docs[0].secondFactorAt ?? null).toBeNull()
    const links = await identitiesOf({ customer: { equals: c.id } })
    expect(links.docs).toEqual([
      expect.objectContaining({
        issuer: idp.issuer,
        subject: sub,
        emailAtLink: c.email,
        providerId: CUSTOMERS,
      }),
    ])
    const linked = await auditRows(payload, {
      and: [{ action: { equals: 'auth.sso.linked' } }, { actorId: { equals: c.id } }],
    })
    expect(linked).toHaveLength(1)
    const ok = await auditRows(payload, {
      and: [
        { action: { equals: 'auth.sso.sign-in.succeeded' } },
        { actorId: { equals: c.id } },
        { createdAt: { greater_than_equal: since } },
      ],
    })
    expect(ok).toHaveLength(1)

    // A changed address at the provider does not matter any more: the subject decides.
    const again = await signIn(CUSTOMERS, {
      sub,
      email: uniqueEmail('changed'),
      email_verified: false,
    })
    expect(again.location).toBe(`${env.PUBLIC_URL}/nl`)
    expect(again.cookies.get(CUSTOMER_SESSION_COOKIE)).toBeTruthy()
    expect((await identitiesOf({ customer: { equals: c.id } })).totalDocs).toBe(1)
  })

  it('records a multi-factor sign-in at the provider as sso+mfa with a fresh second factor', async () => {
    const c = await createCustomer(payload, { password: PASSWORD })
    const r = await signIn(CUSTOMERS, {
      sub: randomUUID(),
      email: c.email,
      email_verified: true,
      amr: ['pwd', 'otp'],
    })
    expect(r.cookies.get(CUSTOMER_SESSION_COOKIE)).toBeTruthy()
    const [session] = (await sessionsOf(c.id)).docs
    expect(session.method).toBe('sso+mfa')
    expect(session.secondFactorAt).toEqual(expect.any(String))
  })

  it('does not skip the customer’s own second factor when the provider did not do multi-factor', async () => {
    const c = await createCustomer(payload, { password: PASSWORD })
    await payload.update({
      collection: 'customers',
      id: c.id,
      data: { totpSecret: 'v1.sealed.elsewhere.x', totpEnabledAt: new Date().toISOString() },
      overrideAccess: true, // test: a customer who has set up an authenticator app
      context: { skipInvitation: true },
    })
    const sub = randomUUID()
    const r = await signIn(
      CUSTOMERS,
      { sub, email: c.email, email_verified: true },
      {},
      '/de/orders',
    )
    expect(r.location).toBe(`${env.PUBLIC_URL}/de/login/verify`)
    expect(r.cookies.get(CUSTOMER_SESSION_COOKIE) ?? '').toBe('')
    expect(r.cookies.get(PENDING_SIGN_IN_COOKIE)).toBeTruthy()
    expect((await sessionsOf(c.id)).totalDocs).toBe(0)

    // With multi-factor at the provider the session starts at once.
    const mfa = await signIn(CUSTOMERS, { sub, email: c.email, email_verified: true, amr: ['mfa'] })
    expect(mfa.cookies.get(CUSTOMER_SESSION_COOKIE)).toBeTruthy()
    expect((await sessionsOf(c.id)).docs.map((x) => x.method)).toEqual(['sso+mfa'])
  })

  it('does not link by an email the provider has not verified', async () => {
    const since = new Date().toISOString()
    const c = await createCustomer(payload, { password: PASSWORD })
    const r = await signIn(CUSTOMERS, { sub: randomUUID(), email: c.email, email_verified: false })
    expectRefused(r, 'not-linked')
    expect((await identitiesOf({ customer: { equals: c.id } })).totalDocs).toBe(0)
    expect((await sessionsOf(c.id)).totalDocs).toBe(0)
    expect(await failures('email-not-verified', since)).toHaveLength(1)
  })

  it('keeps an existing link: another account’s email in the token does not hijack it', async () => {
    const owner = await createCustomer(payload, { password: PASSWORD })
    const victim = await createCustomer(payload, { password: PASSWORD })
    const sub = randomUUID()
    await signIn(CUSTOMERS, { sub, email: owner.email, email_verified: true })
    const r = await signIn(CUSTOMERS, { sub, email: victim.email, email_verified: true })
    expect(r.cookies.get(CUSTOMER_SESSION_COOKIE)).toBeTruthy()
    expect((await sessionsOf(victim.id)).totalDocs).toBe(0)
    expect((await sessionsOf(owner.id)).totalDocs).toBe(2)
    expect((await identitiesOf({ customer: { equals: victim.id } })).totalDocs).toBe(0)
  })

  it('does not link a second subject of the same provider to an already linked account', async () => {
    const c = await createCustomer(payload, { password: PASSWORD })
    await signIn(CUSTOMERS, { sub: randomUUID(), email: c.email, email_verified: true })
    const r = await signIn(CUSTOMERS, { sub: randomUUID(), email: c.email, email_verified: true })
    expectRefused(r, 'not-linked')
    expect((await identitiesOf({ customer: { equals: c.id } })).totalDocs).toBe(1)
  })

  it('neither links nor activates an invited customer, and refuses a disabled one', async () => {
    const invited = await createCustomer(payload, {})
    expectRefused(
      await signIn(CUSTOMERS, { sub: randomUUID(), email: invited.email, email_verified: true }),
      'not-linked',
    )
    expect(
      (await payload.findByID({ collection: 'customers', id: invited.id, overrideAccess: true }))
        .status,
    ).toBe('invited')
    expect((await identitiesOf({ customer: { equals: invited.id } })).totalDocs).toBe(0)

    const c = await createCustomer(payload, { password: PASSWORD })
    const sub = randomUUID()
    await signIn(CUSTOMERS, { sub, email: c.email, email_verified: true })
    await payload.update({
      collection: 'customers',
      id: c.id,
      data: { status: 'disabled' },
      overrideAccess: true,
    })
    const before = (await sessionsOf(c.id)).totalDocs
    expectRefused(await signIn(CUSTOMERS, { sub, email: c.email, email_verified: true }))
    expect((await sessionsOf(c.id)).totalDocs).toBeLessThanOrEqual(before)
  })

  it('never signs a staff member in through the customer provider', async () => {
    const s = await createStaff(payload, { role: 'admin', password: PASSWORD })
    const r = await signIn(CUSTOMERS, {
      sub: randomUUID(),
      email: s.email,
      email_verified: true,
      groups: ['portal-admins'],
    })
    expectRefused(r, 'not-linked')
  })
})

describe('callback refusals', () => {
  const account = async () => {
    const c = await createCustomer(payload, { password: PASSWORD })
    return { c, a: { sub: randomUUID(), email: c.email, email_verified: true } }
  }

  it('refuses a mismatched state', async () => {
    const since = new Date().toISOString()
    const { c, a } = await account()
    const r = await signIn(CUSTOMERS, a, {
      url: (u) => u.searchParams.set('state', 'forged-state'),
    })
    expectRefused(r)
    expect((await sessionsOf(c.id)).totalDocs).toBe(0)
    expect(await failures('state', since)).toHaveLength(1)
  })

  it('refuses a callback without the flow cookie', async () => {
    const since = new Date().toISOString()
    const { c, a } = await account()
    const r = await signIn(CUSTOMERS, a, { flow: () => null })
    expectRefused(r)
    expect((await sessionsOf(c.id)).totalDocs).toBe(0)
    expect(await failures('missing-flow', since)).toHaveLength(1)
  })

  it('refuses a flow cookie made for another provider', async () => {
    const { c, a } = await account()
    const r = await signIn(CUSTOMERS, a, {
      flow: (s) => sealSsoFlow({ ...openSsoFlow(s, CUSTOMERS)!, providerId: STAFF }),
    })
    expectRefused(r)
    expect((await sessionsOf(c.id)).totalDocs).toBe(0)
  })

  it('refuses when the PKCE verifier is missing', async () => {
    const since = new Date().toISOString()
    const { c, a } = await account()
    const r = await signIn(CUSTOMERS, a, {
      flow: (s) => reseal(s, CUSTOMERS, { codeVerifier: '' }),
    })
    expectRefused(r)
    expect((await sessionsOf(c.id)).totalDocs).toBe(0)
    expect(await failures('pkce', since)).toHaveLength(1)
  })

  it('refuses when the PKCE verifier was swapped (the provider rejects the code)', async () => {
    const since = new Date().toISOString()
    const { c, a } = await account()
    const r = await signIn(CUSTOMERS, a, {
      flow: (s) => reseal(s, CUSTOMERS, { codeVerifier: randomBytes(32).toString('base64url') }),
    })
    expectRefused(r)
    expect((await sessionsOf(c.id)).totalDocs).toBe(0)
    expect(await failures('token', since)).toHaveLength(1)
  })

  it('refuses an ID token whose nonce is not the one this browser was given', async () => {
    const since = new Date().toISOString()
    const { c, a } = await account()
    const r = await signIn(CUSTOMERS, a, {
      flow: (s) => reseal(s, CUSTOMERS, { nonce: 'another-nonce' }),
    })
    expectRefused(r)
    expect((await sessionsOf(c.id)).totalDocs).toBe(0)
    expect(await failures('nonce', since)).toHaveLength(1)
  })

  it('refuses an error answer from the provider', async () => {
    const { a } = await account()
    const r = await signIn(CUSTOMERS, a, {
      url: (u) => {
        u.searchParams.delete('code')
        u.searchParams.set('error', 'access_denied')
      },
    })
    expectRefused(r)
  })

  it('keeps only a same-site destination from the start request', async () => {
    for (const [next, kept] of [
      ['https://evil.example/', '/nl'],
      ['//evil.example/x', '/nl'],
      ['/nl/orders/abc', '/nl/orders/abc'],
    ]) {
      const { flow } = await start(CUSTOMERS, new TestBrowser(), next)
      expect(openSsoFlow(flow, CUSTOMERS)?.next).toBe(kept)
    }
    const staff = await start(STAFF, new TestBrowser(), '/nl/orders')
    expect(openSsoFlow(staff.flow, STAFF)?.next).toBe('/admin')
  })

  it('slows down many attempts from one address (sso:ip)', async () => {
    const { ip } = new TestBrowser()
    const answers: string[] = []
    for (let i = 0; i < 31; i++) {
      // A new browser each time (no cookies), always from the same address.
      const res = await new TestBrowser({ ip }).send(ssoStartRoute, {
        path: `${env.PUBLIC_URL}/api/auth/oidc/${CUSTOMERS}/start?locale=de`,
      })
      answers.push(res.headers.get('location') ?? '')
    }
    expect(answers.slice(0, 30).every((l) => l.startsWith(idp.issuer))).toBe(true)
    expect(answers[30]).toBe(`${env.PUBLIC_URL}/de/sso-problem?reason=busy`)
  })

  it('answers 404 for a provider that is not configured', async () => {
    const res = await new TestBrowser().send(ssoStartRoute, {
      path: `${env.PUBLIC_URL}/api/auth/oidc/nope/start`,
    })
    expect(res.status).toBe(404)
  })
})

describe('ID tokens no real provider issues', () => {
  const now = () => Math.floor(Date.now() / 1000)

  /** Our flow for the forging provider and a callback with whatever its token endpoint answers. */
  async function forged(
    claims: (nonce: string) => Record<string, unknown>,
    how?: 'signed' | 'none' | 'foreign-key',
  ) {
    const c = await createCustomer(payload, { password: PASSWORD })
    const browser = new TestBrowser()
    const { flow } = await start(FORGED, browser)
    const { state, nonce } = openSsoFlow(flow, FORGED)!
    forge.willIssue({ email: c.email, email_verified: true, ...claims(nonce) }, how)
    const url = `${ssoRedirectUri(env.PUBLIC_URL, FORGED)}?code=abc&state=${state}`
    const res = await callback(url, browser, flow)
    return { c, r: { location: res.headers.get('location') ?? '', cookies: res.setCookies } }
  }
  const good = (nonce: string) => ({
    iss: forge.issuer,
    aud: 'portal-forged',
    sub: randomUUID(),
    nonce,
    iat: now(),
    exp: now() + 300,
  })

  it('accepts a correctly signed token (so the refusals below are about the one thing changed)', async () => {
    const { c, r } = await forged(good)
    expect(r.cookies.get(CUSTOMER_SESSION_COOKIE)).toBeTruthy()
    expect((await sessionsOf(c.id)).totalDocs).toBe(1)
  })

  const reasonsSince = async (since: string) =>
    (
      await auditRows(payload, {
        and: [
          { action: { equals: 'auth.sso.sign-in.failed' } },
          { createdAt: { greater_than_equal: since } },
          { 'details.provider': { equals: FORGED } },
        ],
      })
    ).map((r) => (r.details as { reason: string }).reason)

  it.each([
    [
      'for another audience (a second client)',
      'audience',
      (n: string) => ({ ...good(n), aud: 'portal-second-client' }),
    ],
    [
      'from another issuer',
      'issuer',
      (n: string) => ({ ...good(n), iss: 'http://127.0.0.1:1/evil' }),
    ],
    [
      'that has expired',
      'expired',
      (n: string) => ({ ...good(n), iat: now() - 7200, exp: now() - 3600 }),
    ],
    ['with a wrong nonce', 'nonce', (n: string) => ({ ...good(n), nonce: `${n}x` })],
  ])('refuses a token %s', async (_label, reason, claims) => {
    const since = new Date().toISOString()
    const { c, r } = await forged(claims)
    expectRefused(r)
    expect((await sessionsOf(c.id)).totalDocs).toBe(0)
    expect(await reasonsSince(since)).toEqual([reason])
  })

  it('refuses an unsigned (alg: none) token, even from a provider that advertises "none"', async () => {
    const since = new Date().toISOString()
    const { c, r } = await forged(good, 'none')
    expectRefused(r)
    expect((await sessionsOf(c.id)).totalDocs).toBe(0)
    expect(await reasonsSince(since)).toEqual([
      expect.stringMatching(/unsigned-id-token|signature|token/),
    ])
  })

  it('refuses a token signed with a key the provider does not publish', async () => {
    const since = new Date().toISOString()
    const { c, r } = await forged(good, 'foreign-key')
    expectRefused(r)
    expect((await sessionsOf(c.id)).totalDocs).toBe(0)
    expect(await reasonsSince(since)).toEqual(['signature'])
  })
})

describe('staff single sign-on', () => {
  it('signs staff in with a Payload session that works on Payload’s own API, applying the mapped role', async () => {
    const since = new Date().toISOString()
    const s = await createStaff(payload, { role: 'account-manager', password: PASSWORD })
    const r = await signIn(
      STAFF,
      { sub: randomUUID(), email: s.email, email_verified: true, groups: ['comms', 'unrelated'] },
      {},
      '/admin/collections/orders',
    )
    expect(r.location).toBe(`${env.PUBLIC_URL}/admin/collections/orders`)
    const token = r.cookies.get('payload-token')
    expect(token).toBeTruthy()
    const me = await rest(
      'GET',
      'staff/me',
      new Headers({ cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' }),
    )
    expect(me.status).toBe(200)
    expect((me.json.user as { id: string; role: string }).id).toBe(s.id)
    expect((await staffRow(s.id)).role).toBe('marketing')
    const changed = await auditRows(payload, {
      and: [{ action: { equals: 'staff.role-changed' } }, { targetId: { equals: s.id } }],
    })
    expect(changed.map((e) => e.details)).toEqual([
      { from: 'account-manager', to: 'marketing', source: 'sso' },
    ])
    const ok = await auditRows(payload, {
      and: [
        { action: { equals: 'auth.sso.sign-in.succeeded' } },
        { actorId: { equals: s.id } },
        { createdAt: { greater_than_equal: since } },
      ],
    })
    expect(ok.map((e) => (e.details as { role?: string }).role)).toEqual(['marketing'])
    // No multi-factor at the provider: the local second factor is still owed for this session.
    expect(
      (
        await payload.count({
          collection: 'staff-factor-checks',
          where: { staff: { equals: s.id } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('records the factor check for the new session when the provider reports multi-factor', async () => {
    const s = await createStaff(payload, { role: 'admin', password: PASSWORD })
    const r = await signIn(STAFF, {
      sub: randomUUID(),
      email: s.email,
      email_verified: true,
      groups: 'portal-admins',
      amr: ['pwd', 'mfa'],
    })
    expect(r.cookies.get('payload-token')).toBeTruthy()
    const checks = await payload.find({
      collection: 'staff-factor-checks',
      where: { staff: { equals: s.id } },
      overrideAccess: true,
      depth: 0,
    })
    const stored = await payload.db.findOne<{ id: string; sessions?: Array<{ id: string }> }>({
      collection: 'staff',
      where: { id: { equals: s.id } },
    })
    expect(checks.docs).toEqual([
      expect.objectContaining({ method: 'sso-mfa', sid: stored?.sessions?.at(-1)?.id }),
    ])
    expect((await staffRow(s.id)).role).toBe('admin')
  })

  it('trusts a provider configured for multi-factor even without amr', async () => {
    const staffProvider = added.find((p) => p.id === STAFF)!
    staffProvider.trustIdpMfa = true
    try {
      const s = await createStaff(payload, { role: 'marketing', password: PASSWORD })
      const r = await signIn(STAFF, {
        sub: randomUUID(),
        email: s.email,
        email_verified: true,
        groups: ['comms'],
        amr: ['pwd'],
      })
      expect(r.cookies.get('payload-token')).toBeTruthy()
      const checks = await payload.count({
        collection: 'staff-factor-checks',
        where: { and: [{ staff: { equals: s.id } }, { method: { equals: 'sso-mfa' } }] },
        overrideAccess: true,
      })
      expect(checks.totalDocs).toBe(1)
    } finally {
      staffProvider.trustIdpMfa = false
    }
  })

  it('refuses a staff member whose claim maps to no role, and signs nothing in', async () => {
    const since = new Date().toISOString()
    const s = await createStaff(payload, { role: 'finance', password: PASSWORD })
    const r = await signIn(STAFF, {
      sub: randomUUID(),
      email: s.email,
      email_verified: true,
      groups: ['everyone'],
    })
    expectRefused(r, 'no-access')
    expect(r.location).toContain('for=staff')
    expect((await staffRow(s.id)).role).toBe('finance')
    const stored = await payload.db.findOne<{ id: string; sessions?: unknown[] }>({
      collection: 'staff',
      where: { id: { equals: s.id } },
    })
    expect(stored?.sessions ?? []).toHaveLength(0)
    expect(await failures('no-role', since)).toHaveLength(1)
  })

  it('never creates a staff account for an unknown email', async () => {
    const email = uniqueEmail('stranger')
    const r = await signIn(STAFF, {
      sub: randomUUID(),
      email,
      email_verified: true,
      groups: ['portal-admins'],
    })
    expectRefused(r, 'not-linked')
    expect(
      (
        await payload.count({
          collection: 'staff',
          where: { email: { equals: email } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('does not let a customer provider identity reach a staff account', async () => {
    const s = await createStaff(payload, { role: 'admin', password: PASSWORD })
    const sub = randomUUID()
    // Linked as a customer-facing identity first (same issuer, different client and audience) …
    const c = await createCustomer(payload, { password: PASSWORD })
    await signIn(CUSTOMERS, { sub, email: c.email, email_verified: true })
    // … the same subject cannot then become the admin, whatever email it shows.
    const r = await signIn(STAFF, {
      sub,
      email: s.email,
      email_verified: true,
      groups: ['portal-admins'],
    })
    expectRefused(r, 'not-linked')
  })
})
