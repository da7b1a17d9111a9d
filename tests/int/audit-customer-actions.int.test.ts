import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { issueAccountToken } from '@/lib/auth/account-links/account-tokens'
import { sendAccountEmail } from '@/lib/auth/account-links/send-account-email'
import { setPasswordWithToken } from '@/lib/auth/account-links/set-password-with-token'
import { signOutCustomer } from '@/lib/auth/sign-out'
import {
  MAX_FAILED_SIGN_INS,
  verifyCustomerCredentials,
} from '@/lib/auth/sign-in/verify-credentials'
import { createCustomerSession } from '@/lib/auth/customer-sessions'
import { createCustomer, uniqueEmail } from '@/seed/factories'

import { auditRows } from './support/audit'
import { PASSWORD, testPayload } from './support/world'

/** What the portal's customer-facing flows write to the audit log. */
let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

const meta = { ip: '203.0.113.9', userAgent: 'vitest-browser', requestId: 'req-audit-0001' }
const rowsFor = (targetId: string) => auditRows(payload, { targetId: { equals: targetId } })
const signIn = (email: string, password: string) =>
  verifyCustomerCredentials({ payload, email, password, meta })

describe('customer sign-in', () => {
  it('records success with the request context, and failures without the password', async () => {
    const c = await createCustomer(payload, { password: PASSWORD })
    await signIn(c.email, 'bad-guess-123')
    await signIn(c.email, PASSWORD)
    const rows = await rowsFor(c.id)
    expect(rows.map((r) => [r.action, r.outcome])).toEqual([
      ['auth.sign-in.failed', 'failure'],
      ['auth.sign-in.succeeded', 'success'],
    ])
    expect(rows[0]).toMatchObject({
      actorType: 'customer',
      actorId: c.id,
      actorLabel: c.email,
      details: { reason: 'wrong-password', failedSignIns: 1 },
    })
    expect(rows[1]).toMatchObject({ ...meta, targetType: 'customer' })
    expect(JSON.stringify(rows)).not.toContain('bad-guess-123')
  })

  it('records an unknown address as typed, without a customer id', async () => {
    const typed = `  ${uniqueEmail('Nobody').toUpperCase()} `
    await signIn(typed, PASSWORD)
    const [row] = await auditRows(payload, { actorLabel: { equals: typed.trim() } })
    expect(row).toMatchObject({
      action: 'auth.sign-in.failed',
      actorType: 'customer',
      actorId: null,
      targetId: null,
      details: { reason: 'unknown-account' },
    })
  })

  it('records the lock, and attempts refused while locked', async () => {
    const c = await createCustomer(payload, { password: PASSWORD })
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) await signIn(c.email, `wrong-${i}-password`)
    await signIn(c.email, PASSWORD)
    const locked = (await rowsFor(c.id)).filter((r) => r.action === 'auth.sign-in.locked')
    expect(locked.map((r) => [r.outcome, (r.details as { reason: string }).reason])).toEqual([
      ['denied', 'too-many-failures'],
      ['denied', 'account-locked'],
    ])
  })
})

describe('account links and sign-out', () => {
  it('records invitation mail, password set through the link, and sign-out', async () => {
    const c = await createCustomer(payload, {})
    await sendAccountEmail({ payload, customerId: c.id, purpose: 'invitation' })
    const { token } = await issueAccountToken({ payload, customerId: c.id, purpose: 'invitation' })
    expect(
      (await setPasswordWithToken({ payload, token, password: 'a long new passphrase', meta })).ok,
    ).toBe(true)
    const session = await createCustomerSession({ payload, customerId: c.id, meta })
    await signOutCustomer({ payload, token: session.token, meta })
    await signOutCustomer({ payload, token: session.token, meta }) // already ended: nothing more to record

    const rows = await rowsFor(c.id)
    expect(rows.map((r) => [r.action, r.actorType])).toEqual([
      ['account.invitation.sent', 'system'],
      ['auth.password.set', 'customer'],
      ['auth.sign-out', 'customer'],
    ])
    expect(rows[0]).toMatchObject({
      actorLabel: 'job:sendAccountEmail',
      details: { via: 'outbox' },
    })
    expect(rows[1]).toMatchObject({
      actorId: c.id,
      details: { via: 'invitation', sessionsRevoked: true },
      requestId: meta.requestId,
    })
    expect(rows[2]).toMatchObject({ actorId: c.id, actorLabel: c.email })
    expect(JSON.stringify(rows)).not.toContain(token)
  })

  it('records a reset mail only for an active account', async () => {
    const active = await createCustomer(payload, { password: PASSWORD })
    const invited = await createCustomer(payload, {})
    await sendAccountEmail({ payload, customerId: active.id, purpose: 'password-reset' })
    await sendAccountEmail({ payload, customerId: invited.id, purpose: 'password-reset' })
    expect((await rowsFor(active.id)).map((r) => r.action)).toEqual(['account.password-reset.sent'])
    expect(await rowsFor(invited.id)).toEqual([])
  })
})
