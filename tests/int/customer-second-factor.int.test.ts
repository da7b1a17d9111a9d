import { randomInt } from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { issueAccountToken } from '@/lib/auth/account-links/account-tokens'
import { requestResetAction, setPasswordAction, signInAction } from '@/features/auth/actions'
import { PENDING_SIGN_IN_COOKIE } from '@/lib/auth/sign-in/pending-sign-in'
import { verifySignInFactorAction } from '@/features/auth/second-factor-actions'
import { checkSecondFactor, loadFactorState } from '@/lib/auth/second-factor/customer-factor'
import { exportRoute } from '@/features/security/export-route'
import {
  beginTotpEnrolment,
  confirmTotpEnrolment,
  regenerateRecoveryCodes,
} from '@/lib/auth/second-factor/customer-factor'
import { listActiveSessions, revokeOwnSessions } from '@/lib/auth/own-sessions'
import { CUSTOMER_SESSION_COOKIE } from '@/lib/auth/cookies'
import { findCustomerSession } from '@/lib/auth/customer-sessions'
import { totpCode } from '@/lib/auth/totp'
import { sealer } from '@/lib/crypto/seal'
import { env } from '@/lib/env'
import { createCustomer, createOrder } from '@/seed/factories'
import type { Customer } from '@/payload-types'

import { rest } from './support/http'
import { customerSession } from './support/identity'
import { callRoute, form, TestBrowser } from './support/test-browser'
import { PASSWORD, testPayload } from './support/world'

/**
 * The customer's second factor end to end below the browser: enrolment, sign-in with a code or a
 * recovery code, the pending step that grants nothing, step-up for the data export, sessions and
 * rate limits. Server actions run as one visitor of the portal (support/test-browser.ts).
 */
let payload: Payload
let browser: TestBrowser

beforeAll(async () => {
  payload = await testPayload()
})

/** A fresh visitor (and client address) per test, so rate-limit buckets of one test do not touch another. */
beforeEach(() => {
  browser = new TestBrowser()
})

const customer = () => createCustomer(payload, { password: PASSWORD })

/** Enrols TOTP for a customer as the Security page would; answers the key and the codes. */
async function enrol(c: Customer) {
  const { secret } = await beginTotpEnrolment({ payload, customerId: c.id })
  // A code of the previous step, so the test's own sign-in codes (current step) stay fresh.
  const done = await confirmTotpEnrolment({
    payload,
    customerId: c.id,
    code: totpCode(secret, Date.now() - 30_000),
  })
  if (!done) throw new Error('enrolment failed')
  return { secret, recoveryCodes: done.recoveryCodes }
}

const me = async (headers: Headers) =>
  (await rest('GET', 'customers/me', headers)).json.user as { id: string } | null
const exportWith = (headers: Headers) =>
  callRoute(exportRoute, new Request('http://localhost:3000/api/account/export', { headers }))

describe('TOTP enrolment', () => {
  it('keeps the key sealed, needs a right code to turn on, and makes ten recovery codes', async () => {
    const c = await customer()
    const { secret } = await beginTotpEnrolment({ payload, customerId: c.id })
    let stored = await loadFactorState(payload, c.id)
    expect(stored.totpPendingSecret).toMatch(/^v1\./)
    expect(stored.totpPendingSecret).not.toContain(secret)
    expect(stored.totpEnabledAt ?? null).toBeNull()

    expect(await confirmTotpEnrolment({ payload, customerId: c.id, code: '000000' })).toBeNull()
    expect((await loadFactorState(payload, c.id)).totpEnabledAt ?? null).toBeNull()

    const done = await confirmTotpEnrolment({ payload, customerId: c.id, code: totpCode(secret) })
    expect(done?.recoveryCodes).toHaveLength(10)
    stored = await loadFactorState(payload, c.id)
    expect(stored.totpEnabledAt).toEqual(expect.any(String))
    expect(stored.recoveryCodesCreatedAt).toEqual(expect.any(String))
    expect(stored.totpPendingSecret ?? null).toBeNull()
    expect(stored.totpSecret).toMatch(/^v1\./)
    expect(JSON.stringify(stored.recoveryCodes)).not.toContain(done!.recoveryCodes[0])

    const audit = await payload.find({
      collection: 'audit-log',
      where: { targetId: { equals: c.id }, action: { equals: 'auth.totp.enabled' } },
      overrideAccess: true,
    })
    expect(audit.totalDocs).toBe(1)
  })

  it('refuses a code that was already accepted (replay), even inside its window', async () => {
    const c = await customer()
    const { secret } = await enrol(c)
    const code = totpCode(secret)
    const check = () =>
      checkSecondFactor({ payload, customerId: c.id, kind: 'totp', code, purpose: 'sign-in' })
    expect((await check()).ok).toBe(true)
    expect((await check()).ok).toBe(false)
  })

  it('lets each recovery code work once, and new codes replace the old ones', async () => {
    const c = await customer()
    const { recoveryCodes } = await enrol(c)
    const use = (code: string) =>
      checkSecondFactor({
        payload,
        customerId: c.id,
        kind: 'recovery-code',
        code,
        purpose: 'sign-in',
      })
    expect(await use(recoveryCodes[0].toLowerCase())).toEqual({
      ok: true,
      kind: 'recovery-code',
      recoveryCodesLeft: 9,
    })
    expect((await use(recoveryCodes[0])).ok).toBe(false)
    const fresh = await regenerateRecoveryCodes({ payload, customerId: c.id })
    expect((await use(recoveryCodes[1])).ok).toBe(false)
    expect(await use(fresh[0])).toMatchObject({ ok: true, recoveryCodesLeft: 9 })
  })
})

describe('sign-in with a second factor', () => {
  const signIn = (c: Customer, password = PASSWORD) =>
    browser.action(() =>
      signInAction({}, form({ locale: 'en', email: c.email, password, next: '/en/orders/x' })),
    )
  const verify = (kind: string, code: string) =>
    browser.action(() => verifySignInFactorAction({}, form({ locale: 'en', kind, code })))

  it('without a factor, the password alone opens a session (as before)', async () => {
    const c = await customer()
    expect(await signIn(c)).toEqual({ redirect: '/en/orders/x' })
    const token = browser.jar.get(CUSTOMER_SESSION_COOKIE)!
    const found = await findCustomerSession(payload, token)
    expect(found?.customer.id).toBe(c.id)
    expect(found?.session.method).toBe('password')
  })

  it('with TOTP, the password leads to the verify page and only a pending cookie: no session', async () => {
    const c = await customer()
    const { secret } = await enrol(c)
    expect(await signIn(c)).toEqual({ redirect: '/en/login/verify' })
    expect(browser.jar.has(CUSTOMER_SESSION_COOKIE)).toBe(false)
    const pending = browser.jar.get(PENDING_SIGN_IN_COOKIE)!
    expect(pending).toBeTruthy()

    // The pending cookie, sent under any name, authenticates nobody.
    for (const name of [PENDING_SIGN_IN_COOKIE, CUSTOMER_SESSION_COOKIE]) {
      const headers = new Headers({ cookie: `${name}=${pending}` })
      expect(await me(headers)).toBeNull()
      expect((await exportWith(headers)).status).toBe(401)
    }

    expect(await verify('totp', '123456')).toEqual({ state: { error: 'wrongCode' } })
    expect(browser.jar.has(CUSTOMER_SESSION_COOKIE)).toBe(false)

    expect(await verify('totp', totpCode(secret))).toEqual({ redirect: '/en/orders/x' })
    const found = await findCustomerSession(payload, browser.jar.get(CUSTOMER_SESSION_COOKIE))
    expect(found?.customer.id).toBe(c.id)
    expect(found?.session.method).toBe('password+totp')
    expect(found?.session.secondFactorAt).toEqual(expect.any(String))
    expect(browser.jar.has(PENDING_SIGN_IN_COOKIE)).toBe(false)
  })

  it('a recovery code signs in once and says how many are left', async () => {
    const c = await customer()
    const { recoveryCodes } = await enrol(c)
    await signIn(c)
    expect(await verify('recovery-code', recoveryCodes[3])).toEqual({
      redirect: '/en/login/verify?recovery=used&next=%2Fen%2Forders%2Fx',
    })
    expect((await loadFactorState(payload, c.id)).recoveryCodes).toHaveLength(10)
    expect(
      ((await loadFactorState(payload, c.id)).recoveryCodes as { usedAt?: string }[]).filter(
        (r) => !r.usedAt,
      ),
    ).toHaveLength(9)
    const found = await findCustomerSession(payload, browser.jar.get(CUSTOMER_SESSION_COOKIE))
    expect(found?.session.method).toBe('password+recovery-code')

    browser = new TestBrowser()
    await signIn(c)
    expect(await verify('recovery-code', recoveryCodes[3])).toEqual({
      state: { error: 'wrongCode' },
    })
    expect(browser.jar.has(CUSTOMER_SESSION_COOKIE)).toBe(false)
  })

  it('without a pending sign-in (or with a forged one) a right code opens nothing', async () => {
    const c = await customer()
    const { secret } = await enrol(c)
    expect(await verify('totp', totpCode(secret))).toEqual({ state: { error: 'pendingExpired' } })
    const forged = sealer('another-secret', 'pending-sign-in').seal(
      JSON.stringify({ customerId: c.id, via: 'password', issuedAt: Date.now() }),
    )
    browser.jar.set(PENDING_SIGN_IN_COOKIE, forged)
    expect(await verify('totp', totpCode(secret))).toEqual({ state: { error: 'pendingExpired' } })
    const old = sealer(env.PAYLOAD_SECRET, 'pending-sign-in').seal(
      JSON.stringify({ customerId: c.id, via: 'password', issuedAt: Date.now() - 6 * 60_000 }),
    )
    browser.jar.set(PENDING_SIGN_IN_COOKIE, old)
    expect(await verify('totp', totpCode(secret))).toEqual({ state: { error: 'pendingExpired' } })
    expect(browser.jar.has(CUSTOMER_SESSION_COOKIE)).toBe(false)
  })

  it('a password reset link never skips the second factor', async () => {
    const c = await customer()
    const { secret } = await enrol(c)
    const { token } = await issueAccountToken({
      payload,
      customerId: c.id,
      purpose: 'password-reset',
    })
    const newPassword = 'a-brand-new-password-42'
    const result = await browser.action(() =>
      setPasswordAction(
        {},
        form({ locale: 'de', token, password: newPassword, confirm: newPassword }),
      ),
    )
    expect(result).toEqual({ redirect: '/de/login/verify' })
    expect(browser.jar.has(CUSTOMER_SESSION_COOKIE)).toBe(false)
    expect(await verify('totp', totpCode(secret))).toEqual({ redirect: '/de' })
    expect(browser.jar.has(CUSTOMER_SESSION_COOKIE)).toBe(true)
  })

  it('a reset link for a customer without a factor signs in directly, as before', async () => {
    const c = await customer()
    const { token } = await issueAccountToken({
      payload,
      customerId: c.id,
      purpose: 'password-reset',
    })
    const pw = 'another-new-password-77'
    expect(
      await browser.action(() =>
        setPasswordAction({}, form({ locale: 'nl', token, password: pw, confirm: pw })),
      ),
    ).toEqual({ redirect: '/nl' })
    expect(browser.jar.has(CUSTOMER_SESSION_COOKIE)).toBe(true)
  })
})

describe('rate limits under a burst', () => {
  it('sign-in from one address is refused with the wait once the limit is reached', async () => {
    const c = await customer()
    const results = []
    for (let i = 0; i < 21; i++) {
      results.push(
        await browser.action(() =>
          signInAction({}, form({ locale: 'en', email: c.email, password: 'wrong-password-x' })),
        ),
      )
    }
    expect(results[0]).toEqual({ state: { error: 'invalid', email: c.email } })
    expect(results[20]).toEqual({
      state: { error: 'rateLimited', retryMinutes: expect.any(Number), email: c.email },
    })
    // Even the right password is refused from this address for now.
    expect(
      await browser.action(() =>
        signInAction({}, form({ locale: 'en', email: c.email, password: PASSWORD })),
      ),
    ).toMatchObject({ state: { error: 'rateLimited' } })
  })

  it('password reset answers the same for known and unknown addresses, then limits both', async () => {
    const known = (await customer()).email
    const unknown = `nobody-${randomInt(1e9)}@test.example`
    const ask = (email: string) =>
      browser.action(() => requestResetAction({}, form({ locale: 'en', email })))
    const answers = []
    for (let i = 0; i < 4; i++) {
      browser = new TestBrowser()
      answers.push([await ask(known), await ask(unknown)])
    }
    for (const [a, b] of answers.slice(0, 3)) {
      expect(a).toEqual({ state: { done: true } })
      expect(b).toEqual(a)
    }
    const [a, b] = answers[3]
    expect(a).toMatchObject({ state: { error: 'rateLimited' } })
    expect(b).toMatchObject({ state: { error: 'rateLimited' } })
  })

  it('right passwords do not use up the address’s allowance (an office behind one address)', async () => {
    const c = await customer()
    for (let i = 0; i < 22; i++) {
      const r = await browser.action(() =>
        signInAction({}, form({ locale: 'en', email: c.email, password: PASSWORD })),
      )
      expect(r).toEqual({ redirect: '/en' })
    }
    for (let i = 0; i < 20; i++) {
      await browser.action(() =>
        signInAction({}, form({ locale: 'en', email: c.email, password: 'wrong-password-x' })),
      )
    }
    expect(
      await browser.action(() =>
        signInAction({}, form({ locale: 'en', email: c.email, password: PASSWORD })),
      ),
    ).toMatchObject({ state: { error: 'rateLimited' } })
  })

  it('code guessing is refused per account after five attempts', async () => {
    const c = await customer()
    const { secret } = await enrol(c)
    await browser.action(() =>
      signInAction({}, form({ locale: 'en', email: c.email, password: PASSWORD })),
    )
    for (let i = 0; i < 5; i++) {
      expect(
        await browser.action(() =>
          verifySignInFactorAction({}, form({ locale: 'en', kind: 'totp', code: '000000' })),
        ),
      ).toEqual({ state: { error: 'wrongCode' } })
    }
    expect(
      await browser.action(() =>
        verifySignInFactorAction({}, form({ locale: 'en', kind: 'totp', code: totpCode(secret) })),
      ),
    ).toMatchObject({ state: { error: 'rateLimited', retryMinutes: expect.any(Number) } })
    expect(browser.jar.has(CUSTOMER_SESSION_COOKIE)).toBe(false)
  })

  it('account links are limited per address', async () => {
    let last
    for (let i = 0; i < 11; i++) {
      last = await browser.action(() =>
        setPasswordAction(
          {},
          form({
            locale: 'en',
            token: 'x'.repeat(43),
            password: 'long-enough-pass-1',
            confirm: 'long-enough-pass-1',
          }),
        ),
      )
    }
    expect(last).toMatchObject({ state: { error: 'rateLimited' } })
  })
})

describe('data export needs step-up', () => {
  const sessionFor = async (c: Customer, secondFactorAt: Date | null) =>
    (
      await customerSession(payload, c, {
        meta: { ip: '192.0.2.1', userAgent: 'vitest' },
        method: secondFactorAt ? 'password+totp' : 'password',
        secondFactorAt,
      })
    ).headers

  it('answers 403 STEP_UP_REQUIRED without a fresh factor, 401 without a session', async () => {
    const c = await customer()
    const plain = await sessionFor(c, null)
    let res = await exportWith(plain)
    expect(res.status).toBe(403)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(((await res.json()) as { code: string }).code).toBe('STEP_UP_REQUIRED')

    await enrol(c)
    const stale = await sessionFor(c, new Date(Date.now() - (env.STEP_UP_MINUTES + 1) * 60_000))
    res = await exportWith(stale)
    expect(res.status).toBe(403)
    expect(((await res.json()) as { code: string }).code).toBe('STEP_UP_REQUIRED')

    expect((await exportWith(new Headers())).status).toBe(401)
  })

  it('answers 200 with a fresh factor: own data only, no secrets, audited', async () => {
    const a = await customer()
    const b = await customer()
    const [orderA, orderB] = await Promise.all([
      createOrder(payload, { customer: a.id, stage: 'production' }),
      createOrder(payload, { customer: b.id, stage: 'engineering' }),
    ])
    await payload.update({
      collection: 'orders',
      id: orderA.id,
      data: { internalNotes: 'INTERNAL-NOTE-MARKER' },
      overrideAccess: true,
    }) // test: a staff-only note the export must leave out
    await payload.update({
      collection: 'customers',
      id: a.id,
      data: { notes: 'CUSTOMER-NOTE-MARKER' },
      overrideAccess: true,
      context: { skipInvitation: true },
    }) // test: staff notes about the customer
    const { recoveryCodes } = await enrol(a)
    await sessionFor(b, new Date())
    const res = await exportWith(await sessionFor(a, new Date()))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="donkervoort-my-data-/,
    )
    expect(res.headers.get('cache-control')).toContain('no-store')
    const text = await res.text()
    const data = JSON.parse(text) as {
      profile: { id: string; email: string }
      orders: { id: string }[]
      sessions: unknown[]
      signIns: unknown[]
    }
    expect(data.profile).toMatchObject({ id: a.id, email: a.email })
    expect(data.orders.map((o) => o.id)).toEqual([orderA.id])
    expect(data.sessions.length).toBeGreaterThanOrEqual(1)
    const stored = await loadFactorState(payload, a.id)
    for (const secret of [
      'INTERNAL-NOTE-MARKER',
      'CUSTOMER-NOTE-MARKER',
      'passwordHash',
      'tokenHash',
      'totpSecret',
      'recoveryCodes"',
      stored.passwordHash!,
      stored.totpSecret!,
      recoveryCodes[0],
      b.id,
      b.email,
      orderB.id,
    ]) {
      expect(text).not.toContain(secret)
    }
    const audit = await payload.find({
      collection: 'audit-log',
      where: { actorId: { equals: a.id }, action: { equals: 'account.data-exported' } },
      overrideAccess: true,
    })
    expect(audit.totalDocs).toBe(1)
  })
})

describe('sessions on the Security page', () => {
  it('revoking a session ends it on its next request; another customer’s sessions are out of reach', async () => {
    const a = await customer()
    const b = await customer()
    const here = await customerSession(payload, a, {
      meta: {
        ip: '192.0.2.9',
        userAgent:
          'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      },
    })
    const there = await customerSession(payload, a, {
      meta: { ip: '192.0.2.10', userAgent: 'vitest' },
    })
    const bobs = await customerSession(payload, b, {
      meta: { ip: '192.0.2.11', userAgent: 'vitest' },
    })
    const hereSession = (await findCustomerSession(payload, here.token))!.session
    const thereSession = (await findCustomerSession(payload, there.token))!.session
    const bobSession = (await findCustomerSession(payload, bobs.token))!.session

    const list = await listActiveSessions({
      payload,
      customerId: a.id,
      currentSessionId: hereSession.id,
    })
    expect(list.map((s) => s.id).sort()).toEqual([hereSession.id, thereSession.id].sort())
    expect(list.find((s) => s.current)?.agent).toEqual({
      browser: 'Safari',
      os: 'iPhone',
      device: 'mobile',
    })
    expect(JSON.stringify(list)).not.toContain('tokenHash')

    // Alice cannot end Bob's session by naming its id.
    expect(
      await revokeOwnSessions({
        payload,
        customerId: a.id,
        customerEmail: a.email,
        which: { sessionId: bobSession.id },
      }),
    ).toBe(0)
    expect((await me(bobs.headers))?.id).toBe(b.id)

    expect((await me(there.headers))?.id).toBe(a.id)
    expect(
      await revokeOwnSessions({
        payload,
        customerId: a.id,
        customerEmail: a.email,
        which: { sessionId: thereSession.id },
      }),
    ).toBe(1)
    expect(await me(there.headers)).toBeNull()
    expect((await me(here.headers))?.id).toBe(a.id)

    const another = await customerSession(payload, a, { meta: {} })
    expect(
      await revokeOwnSessions({
        payload,
        customerId: a.id,
        customerEmail: a.email,
        which: { allExcept: hereSession.id },
      }),
    ).toBe(1)
    expect(await me(another.headers)).toBeNull()
    expect((await me(here.headers))?.id).toBe(a.id)
    expect((await me(bobs.headers))?.id).toBe(b.id)

    const audit = await payload.find({
      collection: 'audit-log',
      where: { actorId: { equals: a.id }, action: { equals: 'auth.session.revoked' } },
      overrideAccess: true,
    })
    expect(audit.totalDocs).toBe(2)
  })
})
