import type { Payload, PayloadRequest } from 'payload'

import type { Customer, CustomerSession } from '@/payload-types'

import { env } from '../env'
import { logger } from '../logger'
import { sessionCache } from './session-cache'
import { expiresIn, generateToken, hashToken, looksLikeToken } from './tokens'

/** lastSeenAt is refreshed at most this often, so browsing does not write on every request. */
const TOUCH_INTERVAL_MS = 60_000

type TSessionMeta = { ip?: string | null; userAgent?: string | null }

export type TSignInMethod = NonNullable<CustomerSession['method']>

export async function createCustomerSession(args: {
  payload: Payload
  customerId: string
  meta: TSessionMeta
  /** How the customer proved who they are; defaults to a password alone. */
  method?: TSignInMethod
  /** When a second factor was checked for this session (sign-in or step-up); unset if none. */
  secondFactorAt?: Date | null
  req?: Partial<PayloadRequest>
}) {
  const token = generateToken()
  const now = new Date()
  const expiresAt = expiresIn(env.CUSTOMER_SESSION_HOURS * 3600_000, now)
  await args.payload.create({
    collection: 'customer-sessions',
    data: {
      customer: args.customerId,
      tokenHash: hashToken(token),
      expiresAt: expiresAt.toISOString(),
      lastSeenAt: now.toISOString(),
      ip: args.meta.ip?.slice(0, 64) ?? null,
      userAgent: args.meta.userAgent?.slice(0, 400) ?? null,
      method: args.method ?? 'password',
      secondFactorAt: args.secondFactorAt?.toISOString() ?? null,
    },
    overrideAccess: true, // system: only the sign-in flow creates sessions
    req: args.req,
  })
  return { token, expiresAt }
}

/** A session unused for longer than this has ended, even before its absolute expiry. */
export const idleLimitMs = () => env.CUSTOMER_IDLE_MINUTES * 60_000

/** The active customer behind a session cookie, or null (unknown, expired, idle, revoked, disabled). */
export async function findCustomerBySessionToken(
  payload: Payload,
  token: string | undefined,
): Promise<Customer | null> {
  return (await findCustomerSession(payload, token))?.customer ?? null
}

/** The active session behind a cookie with its customer, or null. */
export async function findCustomerSession(
  payload: Payload,
  token: string | undefined,
): Promise<{ session: CustomerSession; customer: Customer } | null> {
  if (!looksLikeToken(token)) return null
  const now = new Date()
  const tokenHash = hashToken(token)
  const cache = sessionCache()
  const cached = cache?.get(tokenHash, now.getTime())
  if (cached && now.getTime() - new Date(cached.session.lastSeenAt).getTime() <= idleLimitMs())
    return cached
  const startedAt = cache?.begin() ?? 0
  const { docs } = await payload.find({
    collection: 'customer-sessions',
    where: {
      tokenHash: { equals: tokenHash },
      revokedAt: { exists: false },
      expiresAt: { greater_than: now.toISOString() },
    },
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: true, // system: resolving a session is what establishes the user
  })
  const session = docs[0]
  const customer = session && typeof session.customer === 'object' ? session.customer : null
  if (!session || !customer || customer.status !== 'active') return null
  if (now.getTime() - new Date(session.lastSeenAt).getTime() > idleLimitMs()) return null

  if (now.getTime() - new Date(session.lastSeenAt).getTime() > TOUCH_INTERVAL_MS) {
    payload
      .update({
        collection: 'customer-sessions',
        id: session.id,
        data: { lastSeenAt: now.toISOString() },
        overrideAccess: true, // system: bookkeeping of the caller's own session
      })
      .catch((err: unknown) => logger.warn({ err }, 'could not refresh session lastSeenAt'))
  } else {
    // Not while the refresh above is being written: its notification will drop the entry anyway.
    cache?.set(tokenHash, { session, customer }, startedAt, now.getTime())
  }
  return { session, customer }
}

/** Ends the session behind a cookie; answers whose it was (for the audit), or null if none was active. */
export async function revokeCustomerSession(
  payload: Payload,
  token: string | undefined,
  req?: Partial<PayloadRequest>,
): Promise<{ customerId: string } | null> {
  if (!looksLikeToken(token)) return null
  const { docs } = await payload.update({
    collection: 'customer-sessions',
    where: { tokenHash: { equals: hashToken(token) }, revokedAt: { exists: false } },
    data: { revokedAt: new Date().toISOString() },
    depth: 0,
    overrideAccess: true, // system: sign-out of the caller's own session
    req,
  })
  const customer = docs[0]?.customer
  if (!customer) return null
  return { customerId: typeof customer === 'object' ? customer.id : customer }
}

export async function revokeAllCustomerSessions(args: {
  payload: Payload
  customerId: string
  req?: Partial<PayloadRequest>
}) {
  await args.payload.update({
    collection: 'customer-sessions',
    where: { customer: { equals: args.customerId }, revokedAt: { exists: false } },
    data: { revokedAt: new Date().toISOString() },
    overrideAccess: true, // system: disabling or resetting an account ends all its sessions
    req: args.req,
  })
}
