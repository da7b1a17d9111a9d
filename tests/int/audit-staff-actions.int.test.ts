import { randomBytes } from 'node:crypto'

import { beforeAll, describe, expect, it } from 'vitest'

import { createCustomerSession } from '@/lib/auth/customer-sessions'
import { createCustomer, createOrder, createStaff } from '@/seed/factories'

import { auditRows } from './support/audit'
import { graphql, rest } from './support/http'
import { staffHeaders } from './support/identity'
import { asStaff, buildWorld, PASSWORD, type TWorld } from './support/world'

/** What back-office work writes to the audit log: edits, role changes, staff sign-in and out. */
let w: TWorld
beforeAll(async () => {
  w = await buildWorld()
})
const rowsFor = (targetId: string) => auditRows(w.payload, { targetId: { equals: targetId } })
const browser = {
  'x-forwarded-for': '198.51.100.4',
  'user-agent': 'vitest-admin',
  'x-request-id': 'req-staff-0001',
}

describe('staff edits of customers and orders', () => {
  it('records changed field names, never values, with the request context', async () => {
    const c = await createCustomer(payload(), { accountManager: w.managerA.id, password: PASSWORD })
    const phone = `+31 6 ${randomBytes(3).toString('hex')}`
    const headers = await staffHeaders(w.payload, w.managerA)
    for (const [k, v] of Object.entries(browser)) headers.set(k, v)
    expect(
      (await rest('PATCH', `customers/${c.id}`, headers, { phone, notes: 'secret note' })).status,
    ).toBe(200)
    const [row] = await rowsFor(c.id)
    expect(row).toMatchObject({
      action: 'customer.updated',
      actorType: 'staff',
      actorId: w.managerA.id,
      actorLabel: w.managerA.email,
      targetType: 'customer',
      outcome: 'success',
      details: { fields: ['notes', 'phone'] },
      ip: '198.51.100.4',
      userAgent: 'vitest-admin',
      requestId: 'req-staff-0001',
    })
    expect(JSON.stringify(row)).not.toContain(phone)
    expect(JSON.stringify(row)).not.toContain('secret note')
  })

  it('records nothing for system bookkeeping or a save without changes', async () => {
    const c = await createCustomer(payload(), { accountManager: w.managerA.id, password: PASSWORD })
    await w.payload.update({
      collection: 'customers',
      id: c.id,
      data: { lastSignInAt: new Date().toISOString() },
      overrideAccess: true,
    })
    await w.payload.update({
      collection: 'customers',
      id: c.id,
      data: { phone: c.phone },
      user: asStaff(w.admin),
      overrideAccess: false,
    })
    expect(await rowsFor(c.id)).toEqual([])
  })

  it('records creation, disabling (sessions revoked) and deletion', async () => {
    const admin = { user: asStaff(w.admin), overrideAccess: false as const }
    const data = {
      email: `new-${randomBytes(4).toString('hex')}@test.example`,
      firstName: 'N',
      lastName: 'C',
      preferredLocale: 'en' as const,
      status: 'active' as const,
    }
    const c = await w.payload.create({ collection: 'customers', data, ...admin })
    await createCustomerSession({ payload: w.payload, customerId: c.id, meta: {} })
    await w.payload.update({
      collection: 'customers',
      id: c.id,
      data: { status: 'disabled' },
      ...admin,
    })
    expect((await rowsFor(c.id)).map((r) => [r.action, r.details])).toEqual([
      [
        'customer.created',
        expect.objectContaining({
          fields: expect.arrayContaining(['email', 'firstName', 'status']),
        }),
      ],
      ['customer.disabled', { sessionsRevoked: true }],
      ['customer.updated', { fields: ['status'] }],
    ])
    // A customer who never signed in (no session rows) can be deleted; see the note on the issue.
    const gone = await w.payload.create({
      collection: 'customers',
      data: { ...data, email: `gone-${data.email}` },
      ...admin,
    })
    await w.payload.delete({ collection: 'customers', id: gone.id, ...admin })
    expect((await rowsFor(gone.id)).map((r) => r.action)).toEqual([
      'customer.created',
      'customer.deleted',
    ])
  })

  it('records order changes', async () => {
    const o = await createOrder(payload(), { customer: w.customerA.id, stage: 'design' })
    await w.payload.update({
      collection: 'orders',
      id: o.id,
      data: { stage: 'production' },
      user: asStaff(w.managerA),
      overrideAccess: false,
    })
    await w.payload.delete({
      collection: 'orders',
      id: o.id,
      user: asStaff(w.admin),
      overrideAccess: false,
    })
    expect((await rowsFor(o.id)).map((r) => [r.action, r.actorId, r.details])).toEqual([
      ['order.updated', w.managerA.id, { fields: ['stage'] }],
      ['order.deleted', w.admin.id, null],
    ])
  })
})

describe('staff accounts', () => {
  it('records a role change with both roles', async () => {
    const s = await createStaff(payload(), { role: 'marketing', password: PASSWORD })
    await w.payload.update({
      collection: 'staff',
      id: s.id,
      data: { role: 'finance' },
      user: asStaff(w.admin),
      overrideAccess: false,
    })
    await w.payload.update({
      collection: 'staff',
      id: s.id,
      data: { phone: '+31 1' },
      user: asStaff(w.admin),
      overrideAccess: false,
    })
    expect((await rowsFor(s.id)).map((r) => [r.action, r.actorType, r.details])).toEqual([
      ['staff.created', 'system', { role: 'marketing' }],
      ['staff.role-changed', 'staff', { from: 'marketing', to: 'finance' }],
    ])
  })

  it('records sign-in, refused sign-ins (REST and GraphQL), the lock, reset requests and sign-out', async () => {
    const s = await createStaff(payload(), { role: 'marketing', password: PASSWORD })
    const login = (password: string) =>
      rest('POST', 'staff/login', new Headers(browser), { email: s.email, password })
    expect((await login('bad-guess-1')).status).toBe(401)
    // Inline arguments, as a guesser might send them: the address is still recorded.
    const gql = await graphql(
      `mutation { loginStaff(email: "${s.email}", password: "bad-guess-2") { token } }`,
      new Headers(),
    )
    expect(gql.json.errors).toHaveLength(1)
    const ok = await login(PASSWORD)
    expect(ok.status).toBe(200)
    const headers = new Headers({ authorization: `JWT ${ok.json.token as string}` })
    expect((await rest('POST', 'staff/logout', headers)).status).toBe(200)
    expect(
      (await rest('POST', 'staff/forgot-password', new Headers(), { email: s.email })).status,
    ).toBe(200)
    // Payload locks on the fifth failure (still answering "wrong password") and refuses the sixth.
    for (let i = 0; i < 6; i++) await login(`bad-guess-${i + 3}`)

    const mine = await auditRows(w.payload, {
      actorLabel: { equals: s.email },
      action: { like: 'auth.' },
    })
    expect(mine.map((r) => [r.action, r.actorType, r.outcome])).toEqual([
      ['auth.sign-in.failed', 'staff', 'failure'],
      ['auth.sign-in.failed', 'staff', 'failure'],
      ['auth.sign-in.succeeded', 'staff', 'success'],
      ['auth.sign-out', 'staff', 'success'],
      ['auth.password-reset.requested', 'staff', 'success'],
      ...Array(4).fill(['auth.sign-in.failed', 'staff', 'failure']),
      ['auth.sign-in.locked', 'staff', 'denied'],
      ['auth.sign-in.locked', 'staff', 'denied'],
    ])
    const details = mine.map((r) => r.details as { via?: string; reason?: string } | null)
    expect(details.map((d) => d?.via)).toEqual([
      'rest',
      'graphql',
      ...Array(3).fill(undefined),
      ...Array(6).fill('rest'),
    ])
    expect(details.slice(-2).map((d) => d?.reason)).toEqual(['too-many-failures', 'account-locked'])
    expect(mine[0]).toMatchObject({ actorId: s.id, details: { reason: 'wrong-password' } })
    expect(mine[2]).toMatchObject({
      actorId: s.id,
      targetId: s.id,
      ip: '198.51.100.4',
      requestId: 'req-staff-0001',
    })
    expect(JSON.stringify(mine)).not.toContain('bad-guess')
  })
})

function payload() {
  return w.payload
}
