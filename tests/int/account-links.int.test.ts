import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { issueAccountToken, lookupAccountToken } from '@/lib/auth/account-links/account-tokens'
import { setPasswordWithToken } from '@/lib/auth/account-links/set-password-with-token'
import { verifyCustomerCredentials } from '@/lib/auth/sign-in/verify-credentials'
import { createCustomerSession, findCustomerBySessionToken } from '@/lib/auth/customer-sessions'
import { hashToken } from '@/lib/auth/tokens'
import { env } from '@/lib/env'
import { MESSAGES } from '@/lib/i18n/messages'
import { createCustomer, uniqueEmail } from '@/seed/factories'

import { mailTo } from './support/mail'
import { asStaff, buildWorld, PASSWORD, type TWorld } from './support/world'

/** Invitation and reset links against the real database: issue, look up, use, expire, revoke. */
let w: TWorld
let payload: Payload
const NEW_PASSWORD = 'a-brand-new-long-password'
const meta = { ip: '127.0.0.1', userAgent: 'vitest' }

beforeAll(async () => {
  w = await buildWorld()
  payload = w.payload
})

const invited = () => createCustomer(payload, { accountManager: w.managerA.id })
const active = () => createCustomer(payload, { accountManager: w.managerA.id, password: PASSWORD })
const customer = (id: string) =>
  payload.findByID({
    collection: 'customers',
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
const sessionRows = (customerId: string) =>
  payload.find({
    collection: 'customer-sessions',
    where: { customer: { equals: customerId } },
    overrideAccess: true,
    depth: 0,
  })

describe('lookupAccountToken', () => {
  it('tells valid, used, expired and invalid links apart', async () => {
    const c = await invited()
    const { token, expiresAt } = await issueAccountToken({
      payload,
      customerId: c.id,
      purpose: 'invitation',
    })
    const found = await lookupAccountToken(payload, token)
    expect(found).toEqual({
      state: 'valid',
      id: expect.any(String),
      customerId: c.id,
      purpose: 'invitation',
    })
    // Invitations live INVITATION_TTL_HOURS.
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(
      (env.INVITATION_TTL_HOURS - 1) * 3600_000,
    )

    expect(await lookupAccountToken(payload, 'x'.repeat(43))).toEqual({ state: 'invalid' })
    expect(await lookupAccountToken(payload, 'not a token')).toEqual({ state: 'invalid' })
    expect(await lookupAccountToken(payload, undefined)).toEqual({ state: 'invalid' })

    expect(await setPasswordWithToken({ payload, token, password: NEW_PASSWORD })).toEqual({
      ok: true,
      customerId: c.id,
    })
    expect(await lookupAccountToken(payload, token)).toEqual({ state: 'used' })

    const second = await issueAccountToken({ payload, customerId: c.id, purpose: 'password-reset' })
    await payload.update({
      collection: 'account-tokens',
      where: { tokenHash: { equals: hashToken(second.token) } },
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true, // test: age the link
    })
    expect(await lookupAccountToken(payload, second.token)).toEqual({ state: 'expired' })
    expect(
      await setPasswordWithToken({
        payload,
        token: second.token,
        password: 'another-long-password-1',
      }),
    ).toEqual({ ok: false, reason: 'expired' })
    expect(
      (await verifyCustomerCredentials({ payload, email: c.email, password: NEW_PASSWORD })).ok,
    ).toBe(true)
  })

  it('re-issuing a link invalidates the previous one of the same purpose only', async () => {
    const c = await active()
    const reset1 = await issueAccountToken({ payload, customerId: c.id, purpose: 'password-reset' })
    const invite = await issueAccountToken({ payload, customerId: c.id, purpose: 'invitation' })
    const reset2 = await issueAccountToken({ payload, customerId: c.id, purpose: 'password-reset' })
    expect(await lookupAccountToken(payload, reset1.token)).toEqual({ state: 'invalid' })
    expect(await lookupAccountToken(payload, reset2.token)).toMatchObject({
      state: 'valid',
      customerId: c.id,
      purpose: 'password-reset',
    })
    expect(await lookupAccountToken(payload, invite.token)).toMatchObject({
      state: 'valid',
      purpose: 'invitation',
    })
    expect(
      await setPasswordWithToken({ payload, token: reset1.token, password: NEW_PASSWORD }),
    ).toEqual({ ok: false, reason: 'invalid' })
  })
})

describe('setPasswordWithToken', () => {
  it('activates an invited customer, who can then sign in; the link works once', async () => {
    const c = await invited()
    expect(
      (await verifyCustomerCredentials({ payload, email: c.email, password: NEW_PASSWORD })).ok,
    ).toBe(false)
    const { token } = await issueAccountToken({ payload, customerId: c.id, purpose: 'invitation' })

    expect(await setPasswordWithToken({ payload, token, password: NEW_PASSWORD })).toEqual({
      ok: true,
      customerId: c.id,
    })
    const after = await customer(c.id)
    expect(after.status).toBe('active')
    expect(after.activatedAt).toEqual(expect.any(String))
    expect(after.passwordHash).toMatch(/^scrypt\$/)
    const signIn = await verifyCustomerCredentials({
      payload,
      email: c.email,
      password: NEW_PASSWORD,
    })
    expect(signIn.ok && signIn.customer.id).toBe(c.id)

    const row = await payload.find({
      collection: 'account-tokens',
      where: { tokenHash: { equals: hashToken(token) } },
      overrideAccess: true,
    })
    expect(row.docs[0].usedAt).toEqual(expect.any(String))
    expect(
      await setPasswordWithToken({ payload, token, password: 'a-different-long-password' }),
    ).toEqual({ ok: false, reason: 'used' })
    expect(
      (await verifyCustomerCredentials({ payload, email: c.email, password: NEW_PASSWORD })).ok,
    ).toBe(true)
  })

  it('a reset replaces the password and ends every existing session', async () => {
    const c = await active()
    const s1 = await createCustomerSession({ payload, customerId: c.id, meta })
    const s2 = await createCustomerSession({ payload, customerId: c.id, meta })
    expect((await findCustomerBySessionToken(payload, s1.token))?.id).toBe(c.id)
    const { token } = await issueAccountToken({
      payload,
      customerId: c.id,
      purpose: 'password-reset',
    })

    expect(await setPasswordWithToken({ payload, token, password: NEW_PASSWORD })).toEqual({
      ok: true,
      customerId: c.id,
    })
    expect(await findCustomerBySessionToken(payload, s1.token)).toBeNull()
    expect(await findCustomerBySessionToken(payload, s2.token)).toBeNull()
    expect((await sessionRows(c.id)).docs.map((s) => Boolean(s.revokedAt))).toEqual([true, true])
    expect(
      await verifyCustomerCredentials({ payload, email: c.email, password: PASSWORD }),
    ).toEqual({ ok: false, reason: 'invalid' })
    expect(
      (await verifyCustomerCredentials({ payload, email: c.email, password: NEW_PASSWORD })).ok,
    ).toBe(true)
  })

  it('a disabled customer cannot use a link they still hold', async () => {
    const c = await active()
    const { token } = await issueAccountToken({
      payload,
      customerId: c.id,
      purpose: 'password-reset',
    })
    await payload.update({
      collection: 'customers',
      id: c.id,
      data: { status: 'disabled' },
      user: asStaff(w.admin),
      overrideAccess: false,
    })
    expect(await setPasswordWithToken({ payload, token, password: NEW_PASSWORD })).toEqual({
      ok: false,
      reason: 'invalid',
    })
    expect((await customer(c.id)).status).toBe('disabled')
    expect(await lookupAccountToken(payload, token)).toMatchObject({ state: 'valid' }) // rolled back: not consumed
  })
})

describe('disabling a customer', () => {
  it('revokes their sessions, and enabling them again does not bring the sessions back', async () => {
    const c = await active()
    const other = await active()
    const mine = await createCustomerSession({ payload, customerId: c.id, meta })
    const theirs = await createCustomerSession({ payload, customerId: other.id, meta })
    const admin = { user: asStaff(w.admin), overrideAccess: false as const }

    await payload.update({
      collection: 'customers',
      id: c.id,
      data: { status: 'disabled' },
      ...admin,
    })
    expect(await findCustomerBySessionToken(payload, mine.token)).toBeNull()
    expect((await sessionRows(c.id)).docs[0].revokedAt).toEqual(expect.any(String))
    expect((await findCustomerBySessionToken(payload, theirs.token))?.id).toBe(other.id)

    await payload.update({
      collection: 'customers',
      id: c.id,
      data: { status: 'active' },
      ...admin,
    })
    expect(await findCustomerBySessionToken(payload, mine.token)).toBeNull()
    expect(
      (await verifyCustomerCredentials({ payload, email: c.email, password: PASSWORD })).ok,
    ).toBe(true)
  })
})

describe('creating a customer sends an invitation', () => {
  it.each(['de', 'nl', 'en'] as const)(
    'in their language (%s), with a link that works',
    async (locale) => {
      const email = uniqueEmail(`invite-${locale}`)
      const c = await payload.create({
        collection: 'customers',
        data: {
          email,
          firstName: 'Greta',
          lastName: 'Gast',
          preferredLocale: locale,
          status: 'invited',
        },
        user: asStaff(w.admin),
        overrideAccess: false,
      })
      expect(c.status).toBe('invited')
      const queued = await payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'sendAccountEmail' }, 'input.customerId': { equals: c.id } },
        overrideAccess: true,
      })
      expect(queued.docs.map((j) => j.input)).toEqual([{ customerId: c.id, purpose: 'invitation' }])
      expect(await mailTo(email)).toBeNull()

      await payload.jobs.run({ where: { id: { equals: queued.docs[0].id } } })

      const mail = await mailTo(email)
      expect(mail).not.toBeNull()
      expect(mail!.subject).toBe(MESSAGES[locale].Email.invitation.subject)
      if (locale !== 'en') expect(mail!.subject).not.toBe(MESSAGES.en.Email.invitation.subject)
      if (locale === 'de') expect(mail!.subject).toContain('Einladung')
      expect(mail!.text).toContain('Greta')
      const link = /(https?:\/\/\S+)\/(\w\w)\/set-password\?token=([A-Za-z0-9_-]{43})/.exec(
        mail!.text ?? '',
      )
      expect(link?.[1]).toBe(env.PUBLIC_URL)
      expect(link?.[2]).toBe(locale)
      expect(mail!.html).toContain(`/${locale}/set-password?token=${link![3]}`)
      expect(await lookupAccountToken(payload, link![3])).toMatchObject({
        state: 'valid',
        customerId: c.id,
        purpose: 'invitation',
      })
      expect((await customer(c.id)).invitedAt).toEqual(expect.any(String))

      expect(
        await setPasswordWithToken({ payload, token: link![3], password: NEW_PASSWORD }),
      ).toEqual({ ok: true, customerId: c.id })
      expect((await verifyCustomerCredentials({ payload, email, password: NEW_PASSWORD })).ok).toBe(
        true,
      )
    },
  )
})

describe('"send a new invitation" in the back office', () => {
  const jobsFor = async (customerId: string) =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: {
          taskSlug: { equals: 'sendAccountEmail' },
          'input.customerId': { equals: customerId },
        },
        overrideAccess: true,
      })
    ).docs

  it('queues a fresh invitation for a customer who has not activated yet', async () => {
    const c = await createCustomer(payload, { accountManager: w.managerA.id })
    expect(await jobsFor(c.id)).toHaveLength(0)
    await payload.update({
      collection: 'customers',
      id: c.id,
      data: { sendInvitation: true } as Record<string, unknown>,
      user: asStaff(w.managerA),
      overrideAccess: false,
    })
    expect((await jobsFor(c.id)).map((j) => j.input)).toEqual([
      { customerId: c.id, purpose: 'invitation' },
    ])
  })

  it('does nothing for an active customer, and an ordinary save sends nothing', async () => {
    const active = await createCustomer(payload, {
      accountManager: w.managerA.id,
      password: PASSWORD,
    })
    await payload.update({
      collection: 'customers',
      id: active.id,
      data: { sendInvitation: true } as Record<string, unknown>,
      user: asStaff(w.admin),
      overrideAccess: false,
    })
    const invited = await createCustomer(payload, { accountManager: w.managerA.id })
    await payload.update({
      collection: 'customers',
      id: invited.id,
      data: { phone: '+31 6 1234 5678' },
      user: asStaff(w.admin),
      overrideAccess: false,
    })
    expect(await jobsFor(active.id)).toHaveLength(0)
    expect(await jobsFor(invited.id)).toHaveLength(0)
  })
})
