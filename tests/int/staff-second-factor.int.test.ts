import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { enableTotpHandler } from '@/features/staff-auth/staff-totp-route'
import { verifyHandler } from '@/features/staff-auth/staff-verify-route'
import { pendingStaffTotp } from '@/lib/auth/second-factor/staff-factor-gate'
import { totpCode } from '@/lib/auth/totp'
import { totpSeal } from '@/lib/auth/totp-seal'
import { env } from '@/lib/env'
import { MESSAGES } from '@/lib/i18n/messages'
import { createCustomer, createStaff } from '@/seed/factories'
import type { Staff } from '@/payload-types'

import { graphql, rest } from './support/http'
import {
  createPasskey,
  customerHeaders,
  customerSession,
  enableTotp,
  recordFactorCheck,
  staffHeaders,
  staffPasswordSignIn,
} from './support/identity'
import { mailTo } from './support/mail'
import { freshIp, TestBrowser, type TRouteHandler } from './support/test-browser'
import { asStaff, buildWorld, PASSWORD, type TWorld } from './support/world'

let w: TWorld
let payload: Payload

beforeAll(async () => {
  w = await buildWorld()
  payload = w.payload
})

/**
 * Posts to one of our staff route handlers with the staff JWT, from a visitor at `ip` (a fresh
 * one per test, so the per-IP limit of one test never spills into another).
 */
const call = (handler: TRouteHandler, headers: Headers, body: unknown, ip: string) =>
  new TestBrowser({ ip }).send(handler, { path: '/api/auth/staff/x', body, headers })

/** A staff member with an authenticator app already set up (key known to the test). */
async function staffWithTotp(role: Staff['role'] = 'admin') {
  const member = await createStaff(payload, { role, password: PASSWORD })
  const secret = await enableTotp(payload, { collection: 'staff', id: member.id })
  return { member, secret }
}

const SLUGS: CollectionSlug[] = [
  'customers',
  'orders',
  'customer-sessions',
  'account-tokens',
  'audit-log',
  'passkeys',
  'identities',
  'staff-factor-checks',
  'rate-limit-buckets',
  'stored-files',
  'payload-jobs',
  'payload-preferences',
  'payload-locked-documents',
]

const GQL_LISTS = [
  'Customers',
  'Orders',
  'CustomerSessions',
  'AccountTokens',
  'PayloadJobs',
  'AuditLogs',
  'Passkeys',
  'Identities',
  'StaffFactorChecks',
  'RateLimitBuckets',
  'StoredFiles',
]

describe('a staff session with a password only', () => {
  it.each(['admin', 'managerA', 'marketing', 'finance'] as const)(
    '%s reaches nothing via REST, GraphQL or the admin until the second factor',
    async (who) => {
      const member = w[who]
      const { headers } = await staffPasswordSignIn(payload, member)

      for (const slug of SLUGS) {
        const list = await rest('GET', `${slug}?depth=0&limit=5`, headers)
        // 403, or (never) an empty list: nothing readable either way.
        if (list.status === 200) expect((list.json.docs as unknown[]).length, slug).toBe(0)
        else expect(list.status, slug).toBe(403)
      }
      expect((await rest('GET', `customers/${w.customerA.id}?depth=0`, headers)).status).toBe(403)
      expect((await rest('PATCH', `orders/${w.orderA.id}`, headers, { notes: 'x' })).status).toBe(
        403,
      )

      // Who they are, and nobody else.
      const staffList = await rest('GET', 'staff?depth=0&limit=50', headers)
      expect((staffList.json.docs as { id: string }[]).map((d) => d.id)).toEqual([member.id])
      const me = await rest('GET', 'staff/me', headers)
      expect((me.json.user as { email: string }).email).toBe(member.email)

      for (const many of GQL_LISTS) {
        const gql = await graphql(`{ ${many} { docs { id } } }`, headers)
        const docs = (gql.json.data?.[many] as { docs: unknown[] } | null)?.docs ?? []
        expect(docs, many).toHaveLength(0)
        expect(gql.json.errors?.length, many).toBeGreaterThan(0) // refused, not merely empty
      }
      const self = await graphql('{ allStaff { docs { id } } }', headers)
      expect((self.json.data?.allStaff as { docs: { id: string }[] }).docs).toEqual([
        { id: member.id },
      ])

      const access = await rest('GET', 'access', headers)
      expect(access.status).toBe(200)
      expect(access.json.canAccessAdmin ?? false).toBe(false) // Payload leaves out a false

      // The reset endpoints authorise through the same gate.
      expect(
        (await rest('POST', `customers/${w.customerA.id}/reset-second-factor`, headers)).status,
      ).toBe(401)
    },
  )

  it('is staff after the second factor for that session — and only that session', async () => {
    const { member, secret } = await staffWithTotp('admin')
    const first = await staffPasswordSignIn(payload, member)
    const second = await staffPasswordSignIn(payload, member)

    const before = await rest('GET', 'customers?depth=0&limit=100', first.headers)
    expect(before.status).toBe(403)

    const ok = await call(
      verifyHandler,
      first.headers,
      { method: 'totp', code: totpCode(secret) },
      freshIp(),
    )
    expect(ok.status).toBe(200)

    const after = await rest('GET', 'customers?depth=0&limit=100', first.headers)
    expect(after.status).toBe(200)
    const ids = (after.json.docs as { id: string }[]).map((d) => d.id)
    expect(ids).toEqual(expect.arrayContaining([w.customerA.id, w.customerB.id]))
    expect((await rest('GET', 'access', first.headers)).json.canAccessAdmin).toBe(true)
    const gql = await graphql('{ Customers { docs { id } } }', first.headers)
    expect(gql.json.errors).toBeUndefined()

    // The other sign-in of the same person has not passed the factor.
    expect((await rest('GET', 'customers?depth=0', second.headers)).status).toBe(403)
    expect((await rest('GET', 'access', second.headers)).json.canAccessAdmin ?? false).toBe(false)

    const checks = await payload.find({
      collection: 'staff-factor-checks',
      where: { staff: { equals: member.id } },
      overrideAccess: true,
    })
    expect(checks.docs.map((c) => c.sid)).toEqual([first.sid])
    expect(checks.docs[0]?.method).toBe('totp')
  })

  it('refuses a forged factor check for another session id', async () => {
    const { member } = await staffWithTotp('admin')
    const session = await staffPasswordSignIn(payload, member)
    // A check that belongs to some other session.
    await recordFactorCheck(payload, { staff: member.id, sid: `${session.sid}-other` })
    expect((await rest('GET', 'customers?depth=0', session.headers)).status).toBe(403)
  })

  it('gets a token that lives only as long as the idle limit', async () => {
    const { token } = await staffPasswordSignIn(payload, w.marketing)
    const { iat, exp } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      iat: number
      exp: number
    }
    expect(exp - iat).toBe(env.STAFF_IDLE_MINUTES * 60)
    expect(env.STAFF_IDLE_MINUTES * 60).toBeLessThan(env.STAFF_SESSION_HOURS * 3600)
  })

  it('ends a session past the absolute lifetime, however fresh its token', async () => {
    const member = await createStaff(payload, { role: 'admin', password: PASSWORD })
    const headers = await staffHeaders(payload, member)
    expect((await rest('GET', 'customers?depth=0', headers)).status).toBe(200)
    const stored = (await payload.db.findOne({
      collection: 'staff',
      where: { id: { equals: member.id } },
    })) as unknown as { sessions: { id: string; createdAt: string; expiresAt: string }[] }
    const old = new Date(Date.now() - (env.STAFF_SESSION_HOURS * 3600 + 60) * 1000).toISOString()
    await payload.db.updateOne({
      collection: 'staff',
      id: member.id,
      data: { ...stored, sessions: stored.sessions.map((s) => ({ ...s, createdAt: old })) },
    })
    expect((await rest('GET', 'customers?depth=0', headers)).status).toBe(403)
    expect((await rest('GET', 'staff/me', headers)).json.user).toBeNull()
    const after = (await payload.db.findOne({
      collection: 'staff',
      where: { id: { equals: member.id } },
    })) as { sessions?: unknown[] }
    expect(after.sessions ?? []).toHaveLength(0)
  })
})

describe('enrolment and verification', () => {
  it('enrols a staff member without a factor: code from the app, ten recovery codes, session verified', async () => {
    const member = await createStaff(payload, { role: 'marketing', password: PASSWORD })
    const session = await staffPasswordSignIn(payload, member)
    const ip = freshIp()

    // Without a pending key (the page was never shown) there is nothing to confirm.
    const early = await call(enableTotpHandler, session.headers, { code: '123456' }, ip)
    expect(early.status).toBe(409)

    const { secret } = await pendingStaffTotp(payload, member.id)
    expect((await pendingStaffTotp(payload, member.id)).secret).toBe(secret) // stable on reload

    const wrong = await call(enableTotpHandler, session.headers, { code: '000000' }, ip)
    expect(wrong.status).toBe(400)
    expect((await rest('GET', 'customers?depth=0', session.headers)).status).toBe(403)

    const ok = await call(enableTotpHandler, session.headers, { code: totpCode(secret) }, ip)
    expect(ok.status).toBe(200)
    expect(ok.headers.get('cache-control')).toContain('no-store')
    const codes = ok.json.recoveryCodes as string[]
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    expect((await rest('GET', 'customers?depth=0', session.headers)).status).toBe(200)

    const stored = await payload.findByID({
      collection: 'staff',
      id: member.id,
      showHiddenFields: true,
      overrideAccess: true,
    })
    expect(stored.totpEnabledAt).toBeTruthy()
    expect(stored.totpPendingSecret ?? null).toBeNull()
    expect(stored.totpSecret).not.toContain(secret) // sealed at rest
    expect(totpSeal.open(stored.totpSecret)).toBe(secret)
    expect(JSON.stringify(stored.recoveryCodes)).not.toContain(codes[0]!.replace(/-/g, ''))

    // A second enrolment over an active factor is refused.
    const again = await call(enableTotpHandler, session.headers, { code: totpCode(secret) }, ip)
    expect(again.status).toBe(409)

    const audit = await payload.find({
      collection: 'audit-log',
      where: { targetId: { equals: member.id }, action: { like: 'auth.' } },
      sort: 'seq',
      overrideAccess: true,
    })
    expect(audit.docs.map((a) => [a.action, a.actorType, a.outcome])).toEqual(
      expect.arrayContaining([
        ['auth.second-factor.failed', 'staff', 'failure'],
        ['auth.totp.enabled', 'staff', 'success'],
        ['auth.second-factor.verified', 'staff', 'success'],
      ]),
    )
  })

  it('refuses a replayed TOTP code, also in a new session', async () => {
    const { member, secret } = await staffWithTotp('finance')
    const ip = freshIp()
    const a = await staffPasswordSignIn(payload, member)
    const code = totpCode(secret)
    expect((await call(verifyHandler, a.headers, { method: 'totp', code }, ip)).status).toBe(200)

    const b = await staffPasswordSignIn(payload, member)
    const replay = await call(verifyHandler, b.headers, { method: 'totp', code }, ip)
    expect(replay.status).toBe(400)
    expect((await rest('GET', 'customers?depth=0', b.headers)).status).toBe(403)

    // The next step's code still works once.
    const next = totpCode(secret, Date.now() + 30_000)
    expect((await call(verifyHandler, b.headers, { method: 'totp', code: next }, ip)).status).toBe(
      200,
    )
    expect((await rest('GET', 'customers?depth=0', b.headers)).status).toBe(200)
  })

  it('accepts each recovery code once', async () => {
    const member = await createStaff(payload, { role: 'finance', password: PASSWORD })
    const s1 = await staffPasswordSignIn(payload, member)
    const { secret } = await pendingStaffTotp(payload, member.id)
    const enrol = await call(enableTotpHandler, s1.headers, { code: totpCode(secret) }, freshIp())
    const [code] = enrol.json.recoveryCodes as string[]

    const s2 = await staffPasswordSignIn(payload, member)
    const used = await call(
      verifyHandler,
      s2.headers,
      { method: 'recovery-code', code: code!.toLowerCase() },
      freshIp(),
    )
    expect(used.status).toBe(200)
    expect(used.json.recoveryCodesLeft).toBe(9)
    expect((await rest('GET', 'orders?depth=0', s2.headers)).status).toBe(200)

    const s3 = await staffPasswordSignIn(payload, member)
    const reused = await call(
      verifyHandler,
      s3.headers,
      { method: 'recovery-code', code: code! },
      freshIp(),
    )
    expect(reused.status).toBe(400)
    expect((await rest('GET', 'orders?depth=0', s3.headers)).status).toBe(403)
  })

  it('answers 429 with Retry-After under a burst of guesses, even with the right code', async () => {
    const { member, secret } = await staffWithTotp('marketing')
    const session = await staffPasswordSignIn(payload, member)
    const statuses: number[] = []
    let last: Awaited<ReturnType<typeof call>> | undefined
    for (let i = 0; i < 6; i++) {
      last = await call(
        verifyHandler,
        session.headers,
        { method: 'totp', code: String(100000 + i) },
        freshIp(), // a new address each time: the per-account limit alone must stop it
      )
      statuses.push(last.status)
    }
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400])
    expect(statuses[5]).toBe(429)
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0)
    const right = await call(
      verifyHandler,
      session.headers,
      { method: 'totp', code: totpCode(secret) },
      freshIp(),
    )
    expect(right.status).toBe(429)
    expect((await rest('GET', 'customers?depth=0', session.headers)).status).toBe(403)
  })

  it('refuses callers who are not signed-in staff', async () => {
    const anonymous = await call(
      verifyHandler,
      new Headers(),
      { method: 'totp', code: '123456' },
      freshIp(),
    )
    expect(anonymous.status).toBe(401)
    const customer = await call(
      verifyHandler,
      await customerHeaders(payload, w.customerA),
      { method: 'totp', code: '123456' },
      freshIp(),
    )
    expect(customer.status).toBe(401)
  })
})

/** Runs the reset notice queued for a customer, as the jobs autorun would (off in these tests). */
async function runQueuedResetMail(customerId: string) {
  const queued = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'sendAccountEmail' }, 'input.customerId': { equals: customerId } },
    overrideAccess: true,
  })
  expect(queued.docs.map((j) => j.input)).toEqual([{ customerId, purpose: 'second-factor-reset' }])
  await payload.jobs.run({ where: { id: { equals: queued.docs[0].id } } })
}

/** A customer of managerA with an authenticator app, recovery codes, a passkey and a session. */
async function customerWithFactors(locale: 'nl' | 'en' | 'de' = 'de') {
  const c = await createCustomer(payload, {
    accountManager: w.managerA.id,
    password: PASSWORD,
    firstName: 'Greta',
  })
  await enableTotp(
    payload,
    { collection: 'customers', id: c.id },
    { preferredLocale: locale, recoveryCodes: [{ hash: 'a'.repeat(64), usedAt: null }] },
  )
  await createPasskey(payload, { customer: c.id }, { name: 'Phone' })
  await customerSession(payload, c)
  return c
}

describe('staff reset of a second factor', () => {
  it('is refused to marketing, finance and other managers; 401 without the second factor', async () => {
    const c = await customerWithFactors()
    const path_ = `customers/${c.id}/reset-second-factor`
    expect((await rest('POST', path_, await staffHeaders(payload, w.marketing))).status).toBe(403)
    expect((await rest('POST', path_, await staffHeaders(payload, w.finance))).status).toBe(403)
    expect((await rest('POST', path_, await staffHeaders(payload, w.managerB))).status).toBe(404)
    expect((await rest('POST', path_, await customerHeaders(payload, c))).status).toBe(401)
    expect((await rest('POST', path_, new Headers())).status).toBe(401)
    const stillThere = await payload.findByID({
      collection: 'customers',
      id: c.id,
      overrideAccess: true,
    })
    expect(stillThere.totpEnabledAt).toBeTruthy()
    expect(stillThere.secondFactorResetAt ?? null).toBeNull()
  })

  it.each([
    ['the admin', 'admin'],
    ['their own account manager', 'managerA'],
  ] as const)(
    'by %s: factors and sessions gone, audited, and the customer is told in their language',
    async (_label, who) => {
      const c = await customerWithFactors('de')
      const res = await rest(
        'POST',
        `customers/${c.id}/reset-second-factor`,
        await staffHeaders(payload, w[who]),
      )
      expect(res.status).toBe(200)

      const after = await payload.findByID({
        collection: 'customers',
        id: c.id,
        showHiddenFields: true,
        overrideAccess: true,
      })
      expect(after.totpEnabledAt ?? null).toBeNull()
      expect(after.totpSecret ?? null).toBeNull()
      expect(after.recoveryCodes ?? null).toBeNull()
      expect(after.secondFactorResetAt).toBeTruthy()
      const passkeys = await payload.count({
        collection: 'passkeys',
        where: { customer: { equals: c.id } },
        overrideAccess: true,
      })
      expect(passkeys.totalDocs).toBe(0)
      const live = await payload.count({
        collection: 'customer-sessions',
        where: { customer: { equals: c.id }, revokedAt: { exists: false } },
        overrideAccess: true,
      })
      expect(live.totalDocs).toBe(0)

      const audit = await payload.find({
        collection: 'audit-log',
        where: { action: { equals: 'auth.second-factor.reset' }, targetId: { equals: c.id } },
        overrideAccess: true,
      })
      expect(audit.docs).toHaveLength(1)
      expect(audit.docs[0]).toMatchObject({
        actorType: 'staff',
        actorId: w[who].id,
        targetType: 'customer',
        outcome: 'success',
        details: { authenticatorApp: true, deviceKeys: 1, recoveryCodes: 1, sessionsEnded: true },
      })

      await runQueuedResetMail(c.id)
      const mail = await mailTo(c.email)
      expect(mail?.subject).toBe('Ihre Zwei-Schritt-Verifizierung wurde zurückgesetzt')
      expect(mail?.text).toContain('Account Manager')
    },
  )

  it('queues the customer’s notice with the reset, so a mail server that is away loses nothing', async () => {
    const c = await customerWithFactors('en')
    const smtp = env.SMTP_URL
    // Nothing listens on the discard port: any mail sent during the request would fail.
    env.SMTP_URL = 'smtp://127.0.0.1:9'
    try {
      const res = await rest(
        'POST',
        `customers/${c.id}/reset-second-factor`,
        await staffHeaders(payload, w.admin),
      )
      expect(res.status).toBe(200)
    } finally {
      env.SMTP_URL = smtp
    }
    expect(await mailTo(c.email)).toBeNull()
    await runQueuedResetMail(c.id)
    const mail = await mailTo(c.email)
    expect(mail?.subject).toBe(MESSAGES.en.SecondFactorResetEmail.subject)
  })

  it('answers refusals as problem+json with a code and the request id', async () => {
    const c = await customerWithFactors()
    const res = await rest(
      'POST',
      `customers/${c.id}/reset-second-factor`,
      await staffHeaders(payload, w.marketing),
    )
    expect(res.status).toBe(403)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(res.json).toMatchObject({ status: 403, code: 'FORBIDDEN', title: 'Forbidden' })
    expect(res.json.requestId).toBe(res.headers.get('x-request-id'))
  })

  it('lets an admin reset another staff member, who is signed out and must enrol again', async () => {
    const { member, secret } = await staffWithTotp('account-manager')
    const theirs = await staffHeaders(payload, member)
    expect((await rest('GET', 'orders?depth=0', theirs)).status).toBe(200)
    await createPasskey(payload, { staff: member.id }, { name: 'Key' })

    const admin = await staffHeaders(payload, w.admin)
    const path_ = `staff/${member.id}/reset-second-factor`
    expect((await rest('POST', path_, await staffHeaders(payload, w.managerA))).status).toBe(403)
    expect((await rest('POST', `staff/${w.admin.id}/reset-second-factor`, admin)).status).toBe(403)
    expect((await rest('POST', path_, admin)).status).toBe(200)

    // Their old session is over.
    expect((await rest('GET', 'staff/me', theirs)).json.user).toBeNull()
    // A new sign-in is pending, and the old key no longer verifies: they must enrol.
    const fresh = await staffPasswordSignIn(payload, member)
    const old = await call(
      verifyHandler,
      fresh.headers,
      { method: 'totp', code: totpCode(secret, Date.now() + 30_000) },
      freshIp(),
    )
    expect(old.status).toBe(409)
    expect((await rest('GET', 'orders?depth=0', fresh.headers)).status).toBe(403)
    const checks = await payload.count({
      collection: 'staff-factor-checks',
      where: { staff: { equals: member.id } },
      overrideAccess: true,
    })
    expect(checks.totalDocs).toBe(0)
    const keys = await payload.count({
      collection: 'passkeys',
      where: { staff: { equals: member.id } },
      overrideAccess: true,
    })
    expect(keys.totalDocs).toBe(0)
  })

  it('treats Local API callers the same: a staff user without the marker is no staff', async () => {
    const { _secondFactor: _ignored, ...pending } = asStaff(w.admin)
    await expect(
      payload.find({ collection: 'customers', user: pending, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    const ok = await payload.find({
      collection: 'customers',
      user: asStaff(w.admin),
      overrideAccess: false,
    })
    expect(ok.totalDocs).toBeGreaterThan(0)
  })
})
