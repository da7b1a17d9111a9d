import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { CUSTOMER_SESSION_COOKIE } from '@/lib/auth/cookies'
import { createCustomerSession } from '@/lib/auth/customer-sessions'
import { newTotpSecret } from '@/lib/auth/totp'
import { totpSeal } from '@/lib/auth/totp-seal'
import type { Customer, Passkey, Staff, StaffFactorCheck } from '@/payload-types'

import { PASSWORD } from './world'

/**
 * Sessions, second factors, passkeys and staff factor checks as the identity code leaves them, for
 * tests that start past sign-in or enrolment. The one place tests build these rows: the journeys
 * that create them for real are tested in their own files. All writes are system writes.
 */
const system = { overrideAccess: true, depth: 0 } as const // test setup: rows only system code writes

type TSessionOptions = Omit<Parameters<typeof createCustomerSession>[0], 'payload' | 'customerId'>

/** A customer session (password only unless said otherwise) and the cookie a browser sends for it. */
export async function customerSession(
  payload: Payload,
  customer: Pick<Customer, 'id'>,
  options: Partial<TSessionOptions> = {},
): Promise<{ token: string; headers: Headers }> {
  const { token } = await createCustomerSession({
    payload,
    customerId: customer.id,
    ...options,
    meta: options.meta ?? { ip: '127.0.0.1', userAgent: 'vitest' },
  })
  return { token, headers: new Headers({ cookie: `${CUSTOMER_SESSION_COOKIE}=${token}` }) }
}

/** Request headers that authenticate like a browser would: a real customer session cookie. */
export async function customerHeaders(payload: Payload, customer: Customer): Promise<Headers> {
  return (await customerSession(payload, customer)).headers
}

/** Password only: the staff session exists but has not passed the second factor. */
export async function staffPasswordSignIn(
  payload: Payload,
  member: Pick<Staff, 'email'>,
  password = PASSWORD,
): Promise<{ token: string; sid: string; headers: Headers }> {
  const { token } = await payload.login({
    collection: 'staff',
    data: { email: member.email, password },
  })
  if (!token) throw new Error('staff sign-in gave no token')
  const { sid } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
    sid?: unknown
  }
  if (typeof sid !== 'string') throw new Error('staff token carries no session id')
  return { token, sid, headers: new Headers({ authorization: `JWT ${token}` }) }
}

/** The row that says a staff session passed its second factor (what the staff gate reads). */
export async function recordFactorCheck(
  payload: Payload,
  check: { staff: string; sid?: string; method?: StaffFactorCheck['method'] },
): Promise<StaffFactorCheck> {
  return payload.create({
    collection: 'staff-factor-checks',
    data: {
      staff: check.staff,
      sid: check.sid ?? randomBytes(6).toString('hex'),
      verifiedAt: new Date().toISOString(),
      method: check.method ?? 'totp',
    },
    ...system,
  })
}

/** A staff JWT from a real password sign-in whose session has passed the second factor. */
export async function staffHeaders(payload: Payload, member: Staff): Promise<Headers> {
  const { token, sid } = await staffPasswordSignIn(payload, member)
  await recordFactorCheck(payload, { staff: member.id, sid })
  return new Headers({ authorization: `JWT ${token}` })
}

/**
 * Turns on an authenticator app for a customer or staff member with a key the test knows;
 * `also` is written in the same update (recovery codes, a locale).
 */
export async function enableTotp(
  payload: Payload,
  owner: { collection: 'customers' | 'staff'; id: string },
  also: Record<string, unknown> = {},
): Promise<string> {
  const secret = newTotpSecret()
  await payload.update({
    collection: owner.collection,
    id: owner.id,
    data: { ...also, totpSecret: totpSeal.seal(secret), totpEnabledAt: new Date().toISOString() },
    ...system,
  })
  return secret
}

/** A stored passkey of a customer or staff member (no authenticator behind it). */
export async function createPasskey(
  payload: Payload,
  owner: { customer: string } | { staff: string },
  fields: Partial<Pick<Passkey, 'name' | 'credentialId'>> = {},
): Promise<Passkey> {
  const rand = () => randomBytes(6).toString('hex')
  return payload.create({
    collection: 'passkeys',
    data: {
      ...owner,
      name: fields.name ?? `key ${rand()}`,
      credentialId: fields.credentialId ?? rand(),
      publicKey: rand(),
      counter: 0,
    },
    ...system,
  })
}
