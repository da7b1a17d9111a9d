import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { setPendingSignIn } from '@/lib/auth/sign-in/pending-sign-in'
import { authenticateOptionsRoute } from '@/features/passkeys/passkey-authenticate-options-route'
import { authenticateVerifyRoute } from '@/features/passkeys/passkey-authenticate-verify-route'
import { listPasskeysRoute } from '@/features/passkeys/passkey-list-route'
import { registerOptionsRoute } from '@/features/passkeys/passkey-register-options-route'
import { registerVerifyRoute } from '@/features/passkeys/passkey-register-verify-route'
import { removePasskeyRoute } from '@/features/passkeys/passkey-remove-route'
import { renamePasskeyRoute } from '@/features/passkeys/passkey-rename-route'
import { CUSTOMER_SESSION_COOKIE } from '@/lib/auth/cookies'
import { hashToken } from '@/lib/auth/tokens'
import { WEBAUTHN_COOKIE } from '@/lib/auth/webauthn'
import { env } from '@/lib/env'
import { createCustomer } from '@/seed/factories'
import type { Customer } from '@/payload-types'

import { customerSession } from './support/identity'
import { SoftAuthenticator } from './support/soft-authenticator'
import { TestBrowser } from './support/test-browser'
import { PASSWORD, testPayload } from './support/world'
import { routedAs } from './support/route-params'

const PASSKEY_PATH = '/api/auth/passkeys/[id]'

/**
 * Passkeys end to end through the route handlers, with a software authenticator producing real
 * WebAuthn responses that @simplewebauthn/server verifies: registration, passwordless sign-in,
 * second factor, step-up, rename/remove — and who may not do any of it.
 */
const ORIGIN = new URL(env.PUBLIC_URL).origin
let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const newBrowser = () => new TestBrowser({ origin: ORIGIN })
type TOptions = {
  challenge: string
  rp: { id: string }
  user: { id: string }
  rpId: string
  allowCredentials?: { id: string }[]
  authenticatorSelection?: Record<string, string>
  userVerification?: string
}

/** A browser signed in as `customer`; `fresh` = a second factor checked just now. */
async function signedIn(customer: Customer, fresh: boolean) {
  const browser = newBrowser()
  const { token } = await customerSession(payload, customer, {
    meta: { ip: browser.ip },
    method: fresh ? 'password+passkey' : 'password',
    secondFactorAt: fresh ? new Date() : null,
  })
  browser.jar.set(CUSTOMER_SESSION_COOKIE, token)
  return browser
}

async function register(browser: TestBrowser, authenticator: SoftAuthenticator, name = 'MacBook') {
  const options = await browser.send(registerOptionsRoute, {
    path: '/api/auth/passkeys/register/options',
    body: {},
  })
  expect(options.status).toBe(200)
  const o = options.json as unknown as TOptions
  const verified = await browser.send(registerVerifyRoute, {
    path: '/api/auth/passkeys/register/verify',
    body: { name, response: authenticator.register(o) },
  })
  expect(verified.status).toBe(200)
  return verified.json as { id: string; name: string }
}

async function authenticate(
  browser: TestBrowser,
  authenticator: SoftAuthenticator,
  purpose: 'sign-in' | 'second-factor' | 'step-up',
  pick: Parameters<SoftAuthenticator['authenticate']>[1] = {},
) {
  const options = await browser.send(authenticateOptionsRoute, {
    path: '/api/auth/passkeys/authenticate/options',
    body: { purpose },
  })
  if (options.status !== 200) return { options, verify: null }
  const o = options.json as unknown as TOptions
  const verify = await browser.send(authenticateVerifyRoute, {
    path: '/api/auth/passkeys/authenticate/verify',
    body: { purpose, locale: 'en', response: authenticator.authenticate(o, pick) },
  })
  return { options: { ...options, o }, verify }
}

async function sessionOf(browser: TestBrowser) {
  const token = browser.jar.get(CUSTOMER_SESSION_COOKIE)
  if (!token) return null
  const { docs } = await payload.find({
    collection: 'customer-sessions',
    where: { tokenHash: { equals: hashToken(token) } },
    depth: 0,
    limit: 1,
    overrideAccess: true, // test: inspect the stored session
  })
  return docs[0] ?? null
}

async function auditActions(customerId: string) {
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: { targetId: { equals: customerId } },
    sort: 'seq',
    limit: 100,
    depth: 0,
    overrideAccess: true, // test: read the audit trail
  })
  return docs.map((d) => ({ action: d.action, outcome: d.outcome, details: d.details }))
}

async function storedPasskey(id: string) {
  return payload.findByID({
    collection: 'passkeys',
    id,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true, // test: inspect the stored credential
  })
}

const customer = () => createCustomer(payload, { password: PASSWORD })

describe('passkey registration', () => {
  it('refuses anonymous callers on every endpoint that needs a session', async () => {
    const anon = newBrowser()
    const calls = [
      anon.send(registerOptionsRoute, { path: '/api/auth/passkeys/register/options', body: {} }),
      anon.send(listPasskeysRoute, { path: '/api/auth/passkeys' }),
      anon.send(authenticateOptionsRoute, {
        path: '/api/auth/passkeys/authenticate/options',
        body: { purpose: 'step-up' },
      }),
      anon.send(authenticateOptionsRoute, {
        path: '/api/auth/passkeys/authenticate/options',
        body: { purpose: 'second-factor' },
      }),
      anon.send(routedAs(PASSKEY_PATH, renamePasskeyRoute), {
        method: 'PATCH',
        path: '/api/auth/passkeys/5a8f0f5e-4a8b-4f43-9c47-1d8f2f0b7a11',
        body: { name: 'x' },
      }),
      anon.send(routedAs(PASSKEY_PATH, removePasskeyRoute), {
        method: 'DELETE',
        path: '/api/auth/passkeys/5a8f0f5e-4a8b-4f43-9c47-1d8f2f0b7a11',
      }),
    ]
    for (const res of await Promise.all(calls)) {
      expect(res.status).toBe(401)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
    }
    expect(anon.jar.has(WEBAUTHN_COOKIE)).toBe(false)
  })

  it('needs a step-up: a session without a fresh check or password re-entry gets a 403 problem', async () => {
    const c = await customer()
    const stale = await signedIn(c, false)
    const res = await stale.send(registerOptionsRoute, {
      path: '/api/auth/passkeys/register/options',
      body: {},
    })
    expect(res.status).toBe(403)
    expect(res.json.code).toBe('FORBIDDEN')
    expect(res.headers.get('x-step-up')).toBe('password')
  })

  it('refuses a request from a foreign origin', async () => {
    const c = await customer()
    const browser = await signedIn(c, true)
    const res = await browser.send(registerOptionsRoute, {
      path: '/api/auth/passkeys/register/options',
      body: {},
      origin: 'https://evil.example',
    })
    expect(res.status).toBe(403)
  })

  it('registers a discoverable, user-verified passkey and lists it without its secrets', async () => {
    const c = await customer()
    const browser = await signedIn(c, true)
    const options = await browser.send(registerOptionsRoute, {
      path: '/api/auth/passkeys/register/options',
      body: {},
    })
    const o = options.json as unknown as TOptions
    expect(o.rp.id).toBe(env.WEBAUTHN_RP_ID)
    expect(o.authenticatorSelection).toMatchObject({
      residentKey: 'required',
      userVerification: 'required',
    })
    // The user handle is random, never the id or the email.
    expect(Buffer.from(o.user.id, 'base64url').toString()).not.toContain(c.id)
    expect(Buffer.from(o.user.id, 'base64url').length).toBe(32)
    const cookie = browser.jar.get(WEBAUTHN_COOKIE)
    expect(cookie).toBeTruthy()
    expect(cookie).not.toContain(o.challenge)

    const auth = new SoftAuthenticator(ORIGIN)
    const res = await browser.send(registerVerifyRoute, {
      path: '/api/auth/passkeys/register/verify',
      body: { name: '  iPhone  ', response: auth.register(o) },
    })
    expect(res.status).toBe(200)
    expect(browser.jar.has(WEBAUTHN_COOKIE)).toBe(false)
    const stored = await storedPasskey(res.json.id as string)
    expect(stored).toMatchObject({ name: 'iPhone', customer: c.id, counter: 0 })
    expect(stored.credentialId).toBe(auth.credentials[0].id.toString('base64url'))
    expect(stored.transports).toEqual(['internal'])

    const list = await browser.send(listPasskeysRoute, { path: '/api/auth/passkeys' })
    expect(list.status).toBe(200)
    const [view] = list.json.passkeys as Record<string, unknown>[]
    expect(view).toMatchObject({ name: 'iPhone', lastUsedAt: null })
    expect(Object.keys(view).sort()).toEqual(
      ['backedUp', 'createdAt', 'deviceType', 'id', 'lastUsedAt', 'name'].sort(),
    )
    expect(await auditActions(c.id)).toContainEqual(
      expect.objectContaining({ action: 'auth.passkey.added', outcome: 'success' }),
    )
  })

  it('refuses a registration answer whose challenge cookie was spent or swapped', async () => {
    const c = await customer()
    const browser = await signedIn(c, true)
    const auth = new SoftAuthenticator(ORIGIN)
    const options = await browser.send(registerOptionsRoute, {
      path: '/api/auth/passkeys/register/options',
      body: {},
    })
    const o = options.json as unknown as TOptions
    const sealed = browser.jar.get(WEBAUTHN_COOKIE)!
    const response = auth.register(o)
    const first = await browser.send(registerVerifyRoute, {
      path: '/api/auth/passkeys/register/verify',
      body: { name: 'One', response },
    })
    expect(first.status).toBe(200)
    // A copy of the cookie taken before it was cleared does not carry a second ceremony.
    browser.jar.set(WEBAUTHN_COOKIE, sealed)
    const again = await browser.send(registerVerifyRoute, {
      path: '/api/auth/passkeys/register/verify',
      body: { name: 'Two', response },
    })
    expect(again.status).toBe(400)
    // An answer from another origin is refused even with a valid challenge.
    await browser.send(registerOptionsRoute, {
      path: '/api/auth/passkeys/register/options',
      body: {},
    })
    const phished = new SoftAuthenticator('https://d0nkervoort.example')
    const res = await browser.send(registerVerifyRoute, {
      path: '/api/auth/passkeys/register/verify',
      body: { name: 'Three', response: phished.register(o) },
    })
    expect(res.status).toBe(400)
  })
})

describe('passkey sign-in', () => {
  it('signs in passwordless, updates counter and last use, and refuses a replay', async () => {
    const c = await customer()
    const auth = new SoftAuthenticator(ORIGIN)
    const { id } = await register(await signedIn(c, true), auth)

    const browser = newBrowser()
    const { options, verify } = await authenticate(browser, auth, 'sign-in')
    expect(options.status).toBe(200)
    const o = (options as { o: TOptions }).o
    expect(o.userVerification).toBe('required')
    expect(o.allowCredentials ?? []).toEqual([])
    expect(verify?.status).toBe(200)
    expect(verify?.json.redirectTo).toBe('/en')
    const session = await sessionOf(browser)
    expect(session).toMatchObject({ customer: c.id, method: 'passkey' })
    expect(session?.secondFactorAt).toEqual(expect.any(String))
    const stored = await storedPasskey(id)
    expect(stored.counter).toBe(1)
    expect(stored.lastUsedAt).toEqual(expect.any(String))

    // The same signed answer again (cookie cleared, then a copied cookie) is refused.
    const options2 = await browser.send(authenticateOptionsRoute, {
      path: '/api/auth/passkeys/authenticate/options',
      body: { purpose: 'sign-in' },
    })
    const sealed = browser.jar.get(WEBAUTHN_COOKIE)!
    const answer = auth.authenticate(options2.json as unknown as TOptions)
    const ok = await browser.send(authenticateVerifyRoute, {
      path: '/api/auth/passkeys/authenticate/verify',
      body: { purpose: 'sign-in', locale: 'en', response: answer },
    })
    expect(ok.status).toBe(200)
    for (const cookie of [undefined, sealed]) {
      if (cookie) browser.jar.set(WEBAUTHN_COOKIE, cookie)
      const replay = await browser.send(authenticateVerifyRoute, {
        path: '/api/auth/passkeys/authenticate/verify',
        body: { purpose: 'sign-in', locale: 'en', response: answer },
      })
      expect(replay.status).toBe(401)
    }
    const trail = await auditActions(c.id)
    expect(trail).toContainEqual(
      expect.objectContaining({
        action: 'auth.sign-in.succeeded',
        details: expect.objectContaining({ method: 'passkey' }),
      }),
    )
  })

  it('refuses a counter that goes backwards (a cloned authenticator)', async () => {
    const c = await customer()
    const auth = new SoftAuthenticator(ORIGIN)
    await register(await signedIn(c, true), auth)
    const first = await authenticate(newBrowser(), auth, 'sign-in', { counter: 7 })
    expect(first.verify?.status).toBe(200)
    const browser = newBrowser()
    const second = await authenticate(browser, auth, 'sign-in', { counter: 5 })
    expect(second.verify?.status).toBe(401)
    expect(await sessionOf(browser)).toBeNull()
  })

  it('of two answers signed with the same counter at the same moment, only one signs in', async () => {
    const c = await customer()
    const auth = new SoftAuthenticator(ORIGIN)
    await register(await signedIn(c, true), auth)
    const browsers = [newBrowser(), newBrowser()]
    const answers: ReturnType<SoftAuthenticator['authenticate']>[] = []
    for (const b of browsers) {
      const options = await b.send(authenticateOptionsRoute, {
        path: '/api/auth/passkeys/authenticate/options',
        body: { purpose: 'sign-in' },
      })
      answers.push(auth.authenticate(options.json as unknown as TOptions, { counter: 3 }))
    }
    const results = await Promise.all(
      browsers.map((b, i) =>
        b.send(authenticateVerifyRoute, {
          path: '/api/auth/passkeys/authenticate/verify',
          body: { purpose: 'sign-in', locale: 'en', response: answers[i] },
        }),
      ),
    )
    expect(results.map((r) => r.status).sort()).toEqual([200, 401])
  })

  it('requires user verification for passwordless sign-in', async () => {
    const c = await customer()
    const auth = new SoftAuthenticator(ORIGIN)
    await register(await signedIn(c, true), auth)
    const browser = newBrowser()
    const { verify } = await authenticate(browser, auth, 'sign-in', { userVerified: false })
    expect(verify?.status).toBe(401)
    expect(await sessionOf(browser)).toBeNull()
  })

  it("a disabled customer's passkey does not sign in, and the refusal is audited", async () => {
    const c = await customer()
    const auth = new SoftAuthenticator(ORIGIN)
    await register(await signedIn(c, true), auth)
    await payload.update({
      collection: 'customers',
      id: c.id,
      data: { status: 'disabled' },
      overrideAccess: true, // test: staff disabled the account
      context: { skipInvitation: true },
    })
    const browser = newBrowser()
    const { verify } = await authenticate(browser, auth, 'sign-in')
    expect(verify?.status).toBe(401)
    expect(verify?.json.code).toBe('UNAUTHORIZED')
    expect(await sessionOf(browser)).toBeNull()
    expect(await auditActions(c.id)).toContainEqual({
      action: 'auth.sign-in.failed',
      outcome: 'failure',
      details: { factor: 'passkey', method: 'passkey', reason: 'account-not-active' },
    })
  })

  it('completes a password sign-in as the second factor, only with the pending customer’s own passkey', async () => {
    const [a, b] = await Promise.all([customer(), customer()])
    const authA = new SoftAuthenticator(ORIGIN)
    const authB = new SoftAuthenticator(ORIGIN)
    await register(await signedIn(a, true), authA)
    await register(await signedIn(b, true), authB)

    // B's passkey cannot finish A's sign-in.
    const attacker = newBrowser()
    await attacker.run(() => setPendingSignIn({ customerId: a.id, via: 'password' }))
    const options = await attacker.send(authenticateOptionsRoute, {
      path: '/api/auth/passkeys/authenticate/options',
      body: { purpose: 'second-factor' },
    })
    expect(options.status).toBe(200)
    const o = options.json as unknown as TOptions
    expect(o.allowCredentials?.map((c) => c.id)).toEqual([
      authA.credentials[0].id.toString('base64url'),
    ])
    const foreign = await attacker.send(authenticateVerifyRoute, {
      path: '/api/auth/passkeys/authenticate/verify',
      body: { purpose: 'second-factor', locale: 'en', response: authB.authenticate(o) },
    })
    expect(foreign.status).toBe(401)
    expect(await sessionOf(attacker)).toBeNull()

    // A's own passkey does, and keeps where they were going.
    const browser = newBrowser()
    await browser.run(() =>
      setPendingSignIn({ customerId: a.id, via: 'password', next: '/en/orders/x' }),
    )
    const { verify } = await authenticate(browser, authA, 'second-factor')
    expect(verify?.status).toBe(200)
    expect(verify?.json.redirectTo).toBe('/en/orders/x')
    expect(await sessionOf(browser)).toMatchObject({
      customer: a.id,
      method: 'password+passkey',
    })
    const trail = await auditActions(a.id)
    expect(trail).toContainEqual(
      expect.objectContaining({
        action: 'auth.second-factor.failed',
        details: expect.objectContaining({ factor: 'passkey', reason: 'foreign-credential' }),
      }),
    )
    expect(trail).toContainEqual(
      expect.objectContaining({
        action: 'auth.second-factor.verified',
        details: { factor: 'passkey', purpose: 'sign-in' },
      }),
    )
  })

  it('steps up with an own passkey (rotating the session) but not with a foreign one', async () => {
    const [a, b] = await Promise.all([customer(), customer()])
    const authA = new SoftAuthenticator(ORIGIN)
    const authB = new SoftAuthenticator(ORIGIN)
    await register(await signedIn(a, true), authA)
    await register(await signedIn(b, true), authB)

    const browser = await signedIn(a, false)
    const before = await sessionOf(browser)
    const foreign = await authenticate(browser, authB, 'step-up')
    expect(foreign.verify?.status).toBe(401)
    expect((await sessionOf(browser))?.id).toBe(before?.id)

    const own = await authenticate(browser, authA, 'step-up')
    expect(own.verify?.status).toBe(200)
    const after = await sessionOf(browser)
    expect(after?.id).not.toBe(before?.id)
    expect(after?.secondFactorAt).toEqual(expect.any(String))
    const old = await payload.findByID({
      collection: 'customer-sessions',
      id: before!.id,
      depth: 0,
      overrideAccess: true, // test: the old session was ended
    })
    expect(old.revokedAt).toEqual(expect.any(String))
    expect(await auditActions(a.id)).toContainEqual(
      expect.objectContaining({
        action: 'auth.second-factor.verified',
        outcome: 'success',
        details: { factor: 'passkey', purpose: 'step-up' },
      }),
    )
  })
})

describe('managing passkeys', () => {
  it("customer B can neither rename nor remove A's passkey (404, as if it did not exist)", async () => {
    const [a, b] = await Promise.all([customer(), customer()])
    const { id } = await register(await signedIn(a, true), new SoftAuthenticator(ORIGIN))
    const bob = await signedIn(b, true)
    const rename = await bob.send(routedAs(PASSKEY_PATH, renamePasskeyRoute), {
      method: 'PATCH',
      path: `/api/auth/passkeys/${id}`,
      body: { name: 'Mine now' },
    })
    expect(rename.status).toBe(404)
    const remove = await bob.send(routedAs(PASSKEY_PATH, removePasskeyRoute), {
      method: 'DELETE',
      path: `/api/auth/passkeys/${id}`,
    })
    expect(remove.status).toBe(404)
    const list = await bob.send(listPasskeysRoute, { path: '/api/auth/passkeys' })
    expect(list.json.passkeys).toEqual([])
    expect(await storedPasskey(id)).toMatchObject({ name: 'MacBook', customer: a.id })
  })

  it('renaming and removing need a step-up; with one, they work and are audited', async () => {
    const c = await customer()
    const { id } = await register(await signedIn(c, true), new SoftAuthenticator(ORIGIN))
    const stale = await signedIn(c, false)
    const path = `/api/auth/passkeys/${id}`
    const refusedRename = await stale.send(routedAs(PASSKEY_PATH, renamePasskeyRoute), {
      method: 'PATCH',
      path,
      body: { name: 'New' },
    })
    expect(refusedRename.status).toBe(403)
    expect(refusedRename.headers.get('x-step-up')).toBe('second-factor')
    const refusedRemove = await stale.send(routedAs(PASSKEY_PATH, removePasskeyRoute), {
      method: 'DELETE',
      path,
    })
    expect(refusedRemove.status).toBe(403)

    const fresh = await signedIn(c, true)
    const badName = await fresh.send(routedAs(PASSKEY_PATH, renamePasskeyRoute), {
      method: 'PATCH',
      path,
      body: { name: '<script>' },
    })
    expect(badName.status).toBe(400)
    const renamed = await fresh.send(routedAs(PASSKEY_PATH, renamePasskeyRoute), {
      method: 'PATCH',
      path,
      body: { name: 'Work laptop' },
    })
    expect(renamed.status).toBe(200)
    expect(renamed.json.name).toBe('Work laptop')
    const removed = await fresh.send(routedAs(PASSKEY_PATH, removePasskeyRoute), {
      method: 'DELETE',
      path,
    })
    expect(removed.status).toBe(204)
    const { totalDocs } = await payload.count({
      collection: 'passkeys',
      where: { id: { equals: id } },
      overrideAccess: true, // test
    })
    expect(totalDocs).toBe(0)
    const actions = (await auditActions(c.id)).map((e) => e.action)
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.passkey.added',
        'auth.passkey.renamed',
        'auth.passkey.removed',
      ]),
    )
  })
})

describe('rate limit', () => {
  it('answers 429 with Retry-After under a burst from one address', async () => {
    const browser = newBrowser()
    let limited: Awaited<ReturnType<TestBrowser['send']>> | null = null
    for (let i = 0; i < 61 && !limited; i++) {
      const res = await browser.send(authenticateOptionsRoute, {
        path: '/api/auth/passkeys/authenticate/options',
        body: { purpose: 'sign-in' },
      })
      if (res.status === 429) limited = res
      else expect(res.status).toBe(200)
    }
    expect(limited).not.toBeNull()
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(limited!.json.code).toBe('TOO_MANY_REQUESTS')
    // Another address is not affected.
    const other = await newBrowser().send(authenticateOptionsRoute, {
      path: '/api/auth/passkeys/authenticate/options',
      body: { purpose: 'sign-in' },
    })
    expect(other.status).toBe(200)
  })
})
