import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { verifyHandler } from '@/features/staff-auth/staff-verify-route'
import { RATE_LIMITS, type TRateLimitName } from '@/lib/rate-limit/limits'
import { windowStart } from '@/lib/rate-limit/window'
import { createStaff, uniqueEmail } from '@/seed/factories'

import { graphql, rest } from './support/http'
import { enableTotp, staffPasswordSignIn } from './support/identity'
import { freshIp, TestBrowser } from './support/test-browser'
import { PASSWORD, testPayload } from './support/world'

/**
 * Every staff-facing sign-in endpoint is limited per client address: a burst of attempts, each
 * naming a different account, from one address ends in 429 with Retry-After — the per-account
 * lockout alone would never stop such a spray. (SSO's per-address limit: sso.int.test.ts.)
 */
let payload: Payload
// A fresh address per test (freshIp), so one burst never spends another's budget.
const from = (ip: string) => new Headers({ 'x-forwarded-for': ip })
const unknown = () => uniqueEmail(`spray-${randomBytes(3).toString('hex')}`)

beforeAll(async () => {
  payload = await testPayload()
})

/**
 * Limits count in fixed windows, which start afresh at their boundary: a burst that happens to
 * straddle one is run once more (with fresh addresses), so the test never depends on the clock.
 */
function itInOneWindow(name: string, limit: TRateLimitName, body: () => Promise<void>) {
  it(name, async () => {
    const { windowSeconds } = RATE_LIMITS[limit]
    const windowNow = () => windowStart(new Date(), windowSeconds).getTime()
    for (let attempt = 0; ; attempt++) {
      const started = windowNow()
      try {
        return await body()
      } catch (err) {
        if (attempt > 0 || windowNow() === started) throw err
      }
    }
  })
}

async function burst(count: number, attempt: (i: number) => Promise<{ status: number }>) {
  const statuses: number[] = []
  for (let i = 0; i < count; i++) statuses.push((await attempt(i)).status)
  return statuses
}

describe('Payload staff endpoints (REST)', () => {
  itInOneWindow('password sign-in', 'sign-in:ip', async () => {
    const ip = freshIp()
    const limit = RATE_LIMITS['sign-in:ip'].limit
    const statuses = await burst(limit, () =>
      rest('POST', 'staff/login', from(ip), { email: unknown(), password: 'wrong-password-1234' }),
    )
    expect(new Set(statuses)).toEqual(new Set([401]))
    const over = await rest('POST', 'staff/login', from(ip), {
      email: unknown(),
      password: 'wrong-password-1234',
    })
    expect(over.status).toBe(429)
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(over.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(over.json.code).toBe('TOO_MANY_REQUESTS')
    // Another address is not affected.
    const other = await rest('POST', 'staff/login', from(freshIp()), {
      email: unknown(),
      password: 'wrong-password-1234',
    })
    expect(other.status).toBe(401)
  })

  itInOneWindow('a right password gives its attempt back', 'sign-in:ip', async () => {
    const ip = freshIp()
    const member = await createStaff(payload, { role: 'marketing', password: PASSWORD })
    const limit = RATE_LIMITS['sign-in:ip'].limit
    for (let i = 0; i < limit + 5; i++) {
      const r = await rest('POST', 'staff/login', from(ip), {
        email: member.email,
        password: PASSWORD,
      })
      expect(r.status, `sign-in ${i + 1}`).toBe(200)
    }
  })

  itInOneWindow('forgot password', 'password-reset:ip', async () => {
    const ip = freshIp()
    const limit = RATE_LIMITS['password-reset:ip'].limit
    const statuses = await burst(limit, () =>
      rest('POST', 'staff/forgot-password', from(ip), { email: unknown() }),
    )
    expect(new Set(statuses)).toEqual(new Set([200]))
    const over = await rest('POST', 'staff/forgot-password', from(ip), { email: unknown() })
    expect(over.status).toBe(429)
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  itInOneWindow('reset password', 'account-link:ip', async () => {
    const ip = freshIp()
    const limit = RATE_LIMITS['account-link:ip'].limit
    const statuses = await burst(limit, () =>
      rest('POST', 'staff/reset-password', from(ip), {
        token: randomBytes(20).toString('hex'),
        password: 'a new and long passphrase 2026',
      }),
    )
    expect(statuses.every((s) => s >= 400 && s < 500 && s !== 429)).toBe(true)
    const over = await rest('POST', 'staff/reset-password', from(ip), {
      token: randomBytes(20).toString('hex'),
      password: 'a new and long passphrase 2026',
    })
    expect(over.status).toBe(429)
  })

  itInOneWindow('e-mail verification', 'account-link:ip', async () => {
    const ip = freshIp()
    const limit = RATE_LIMITS['account-link:ip'].limit
    const statuses = await burst(limit, () =>
      rest('POST', `staff/verify/${randomBytes(20).toString('hex')}`, from(ip)),
    )
    expect(new Set(statuses)).toEqual(new Set([404]))
    const over = await rest('POST', `staff/verify/${randomBytes(20).toString('hex')}`, from(ip))
    expect(over.status).toBe(429)
  })
})

describe('GraphQL', () => {
  itInOneWindow('password sign-in', 'sign-in:ip', async () => {
    const ip = freshIp()
    const statusOf = async () => {
      const r = await graphql(
        'mutation($e: String!, $p: String!) { loginStaff(email: $e, password: $p) { token } }',
        from(ip),
        { e: unknown(), p: 'wrong-password-1234' },
      )
      const error = r.json.errors?.[0] as { extensions?: { statusCode?: number } } | undefined
      return { status: error?.extensions?.statusCode ?? r.status }
    }
    const statuses = await burst(RATE_LIMITS['sign-in:ip'].limit, statusOf)
    expect(new Set(statuses)).toEqual(new Set([401]))
    expect((await statusOf()).status).toBe(429)
  })
})

describe('our staff second-factor route', () => {
  itInOneWindow('authenticator codes for many accounts from one address', 'totp:ip', async () => {
    const ip = freshIp()
    const limit = RATE_LIMITS['totp:ip'].limit
    const statuses: number[] = []
    // The accounts first, so the burst itself is quick.
    const sessions = []
    for (let i = 0; i <= limit; i++) {
      const member = await createStaff(payload, { role: 'marketing', password: PASSWORD })
      await enableTotp(payload, { collection: 'staff', id: member.id })
      sessions.push(await staffPasswordSignIn(payload, member))
    }
    for (const session of sessions) {
      const res = await new TestBrowser({ ip }).send(verifyHandler, {
        path: '/api/auth/staff/verify',
        body: { method: 'totp', code: '000000' },
        headers: session.headers,
      })
      statuses.push(res.status)
    }
    expect(statuses.slice(0, limit).every((s) => s === 400)).toBe(true)
    expect(statuses[limit]).toBe(429)
  })
})
