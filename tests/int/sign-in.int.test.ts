import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  LOCK_MINUTES,
  MAX_FAILED_SIGN_INS,
  verifyCustomerCredentials,
} from '@/lib/auth/sign-in/verify-credentials'
import { createCustomer, uniqueEmail } from '@/seed/factories'

import { PASSWORD, testPayload } from './support/world'

/** verifyCustomerCredentials against the real database: outcomes, lockout and its bookkeeping. */
let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const signIn = (email: string, password: string) =>
  verifyCustomerCredentials({ payload, email, password })
const stored = (id: string) =>
  payload.findByID({
    collection: 'customers',
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
const setLock = (id: string, lockedUntil: string | null) =>
  payload.update({
    collection: 'customers',
    id,
    data: { lockedUntil },
    overrideAccess: true,
    context: { skipInvitation: true },
  }) // test: move the clock

describe('verifyCustomerCredentials', () => {
  it('accepts the right password, whatever the email case and spacing, and records the sign-in', async () => {
    const c = await createCustomer(payload, { password: PASSWORD })
    const res = await signIn(`  ${c.email.toUpperCase()} `, PASSWORD)
    expect(res.ok).toBe(true)
    expect(res.ok && res.customer.id).toBe(c.id)
    const after = await stored(c.id)
    expect(after.lastSignInAt).toEqual(expect.any(String))
    expect(after.failedSignIns).toBe(0)
  })

  it.each([
    [
      'a wrong password',
      async () => (await createCustomer(payload, { password: PASSWORD })).email,
      'wrong-password-123',
    ],
    ['an unknown email', async () => uniqueEmail('nobody'), PASSWORD],
    [
      'an invited customer without a password',
      async () => (await createCustomer(payload, {})).email,
      PASSWORD,
    ],
    [
      'an empty password',
      async () => (await createCustomer(payload, { password: PASSWORD })).email,
      '',
    ],
  ])('answers invalid for %s', async (_label, email, password) => {
    expect(await signIn(await email(), password)).toEqual({ ok: false, reason: 'invalid' })
  })

  it('answers invalid for a disabled customer, even with the right password', async () => {
    const c = await createCustomer(payload, { password: PASSWORD })
    await payload.update({
      collection: 'customers',
      id: c.id,
      data: { status: 'disabled' },
      overrideAccess: true,
    })
    expect(await signIn(c.email, PASSWORD)).toEqual({ ok: false, reason: 'invalid' })
    expect((await stored(c.id)).lastSignInAt ?? null).toBeNull()
  })

  it(`locks after ${MAX_FAILED_SIGN_INS} failures, refuses even the right password, then opens again`, async () => {
    const c = await createCustomer(payload, { password: PASSWORD })
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) {
      expect(await signIn(c.email, `wrong-${i}-password`)).toEqual({ ok: false, reason: 'invalid' })
      expect((await stored(c.id)).failedSignIns).toBe(i)
    }
    const started = Date.now()
    expect(await signIn(c.email, 'wrong-last-password')).toEqual({ ok: false, reason: 'locked' })
    const locked = await stored(c.id)
    const until = new Date(locked.lockedUntil!).getTime()
    expect(until).toBeGreaterThanOrEqual(started + LOCK_MINUTES * 60_000 - 1000)
    expect(until).toBeLessThanOrEqual(Date.now() + LOCK_MINUTES * 60_000 + 1000)

    expect(await signIn(c.email, PASSWORD)).toEqual({ ok: false, reason: 'locked' })
    expect(await signIn(c.email, 'wrong-again-password')).toEqual({ ok: false, reason: 'locked' })
    expect((await stored(c.id)).lockedUntil).toBe(locked.lockedUntil) // no extension while locked

    await setLock(c.id, new Date(Date.now() - 1000).toISOString())
    const res = await signIn(c.email, PASSWORD)
    expect(res.ok && res.customer.id).toBe(c.id)
    const after = await stored(c.id)
    expect(after.failedSignIns).toBe(0)
    expect(after.lockedUntil ?? null).toBeNull()
  })

  it('a successful sign-in resets the failure count', async () => {
    const c = await createCustomer(payload, { password: PASSWORD })
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) await signIn(c.email, `wrong-${i}-password`)
    expect((await signIn(c.email, PASSWORD)).ok).toBe(true)
    expect(await signIn(c.email, 'wrong-once-more')).toEqual({ ok: false, reason: 'invalid' })
    expect((await stored(c.id)).failedSignIns).toBe(1)
  })

  it('a lock on one customer leaves others alone', async () => {
    const [a, b] = await Promise.all([
      createCustomer(payload, { password: PASSWORD }),
      createCustomer(payload, { password: PASSWORD }),
    ])
    await setLock(a.id, new Date(Date.now() + 60_000).toISOString())
    expect(await signIn(a.email, PASSWORD)).toEqual({ ok: false, reason: 'locked' })
    expect((await signIn(b.email, PASSWORD)).ok).toBe(true)
  })
})
