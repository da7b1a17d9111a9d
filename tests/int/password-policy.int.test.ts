import { beforeAll, describe, expect, it } from 'vitest'

import { uniqueEmail } from '@/seed/factories'

import { rest } from './support/http'
import { staffHeaders } from './support/identity'
import { buildWorld, PASSWORD, type TWorld } from './support/world'

/**
 * Staff passwords follow the NIST rules customers have (length, shipped breach list, no
 * composition rules) on every path that sets one. Customers' set-password form is covered by the
 * onboarding tests.
 */
let w: TWorld
let adminHeaders: Headers

beforeAll(async () => {
  w = await buildWorld()
  adminHeaders = await staffHeaders(w.payload, w.admin)
})

const newStaff = (password: string) => ({
  email: uniqueEmail('policy'),
  name: 'Policy Test',
  role: 'marketing',
  password,
})

describe('staff password policy', () => {
  it('refuses a breached password when an admin creates a staff member, and saves nothing', async () => {
    const data = newStaff('qwerty123456')
    const res = await rest('POST', 'staff', adminHeaders, data)
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain('too common')
    const { totalDocs } = await w.payload.count({
      collection: 'staff',
      where: { email: { equals: data.email } },
      overrideAccess: true, // test: looking for a row that must not exist
    })
    expect(totalDocs).toBe(0)
  })

  it('refuses a short password and accepts a long passphrase', async () => {
    expect((await rest('POST', 'staff', adminHeaders, newStaff('short-pass'))).status).toBe(400)
    const ok = await rest('POST', 'staff', adminHeaders, newStaff('een lange zin van mezelf'))
    expect(ok.status).toBe(201)
  })

  it('refuses a common password on the account screen (update)', async () => {
    const res = await rest('PATCH', `staff/${w.marketing.id}`, adminHeaders, {
      password: 'Donkervoort2026!',
    })
    expect(res.status).toBe(400)
    // The old password still works: nothing was half-written.
    const login = await w.payload.login({
      collection: 'staff',
      data: { email: w.marketing.email, password: PASSWORD },
    })
    expect(login.token).toBeTruthy()
  })

  it('refuses a common password through the reset-password link', async () => {
    const token = await w.payload.forgotPassword({
      collection: 'staff',
      data: { email: w.finance.email },
      disableEmail: true,
    })
    await expect(
      w.payload.resetPassword({
        collection: 'staff',
        data: { token, password: 'password123456' },
        overrideAccess: true, // test: the reset link is the authority here, as over REST
      }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'password', message: expect.stringContaining('too common') }] },
    })
    const reset = await w.payload.resetPassword({
      collection: 'staff',
      data: { token, password: 'a passphrase nobody uses' },
      overrideAccess: true, // test: the reset link is the authority here, as over REST
    })
    expect(reset.user).toBeTruthy()
  })
})
