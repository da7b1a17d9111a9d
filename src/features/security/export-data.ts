import 'server-only'

import type { Payload } from 'payload'

import type { TCustomerUser } from '@/access/user'

import { recentSignIns } from './sign-in-history'

/** Profile fields a customer receives about themselves: no hashes, secrets, notes or counters. */
const PROFILE_FIELDS = [
  'id',
  'email',
  'firstName',
  'lastName',
  'fullName',
  'preferredLocale',
  'phone',
  'status',
  'invitedAt',
  'activatedAt',
  'lastSignInAt',
  'totpEnabledAt',
  'recoveryCodesCreatedAt',
  'createdAt',
  'updatedAt',
] as const

const pick = <T extends Record<string, unknown>>(doc: T, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((k) => doc[k] !== undefined).map((k) => [k, doc[k]]))

/**
 * Everything the portal holds about the customer, as they are allowed to read it: orders through
 * the customer's own access (overrideAccess: false, so staff-only fields stay out), sessions
 * without token hashes, and the sign-in history.
 */
export async function buildDataExport(args: { payload: Payload; customer: TCustomerUser }) {
  const { payload, customer } = args
  const [profile, orders, sessions, signIns] = await Promise.all([
    payload.findByID({
      collection: 'customers',
      id: customer.id,
      depth: 1,
      user: customer,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'orders',
      where: { customer: { equals: customer.id } },
      depth: 0,
      limit: 500,
      pagination: false,
      user: customer,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'customer-sessions',
      where: { customer: { equals: customer.id } },
      select: {
        createdAt: true,
        lastSeenAt: true,
        expiresAt: true,
        revokedAt: true,
        method: true,
        ip: true,
        userAgent: true,
      },
      sort: '-createdAt',
      depth: 0,
      limit: 500,
      pagination: false,
      user: customer,
      overrideAccess: false,
    }),
    recentSignIns({ payload, customerId: customer.id, limit: 200 }),
  ])
  const manager = typeof profile.accountManager === 'object' ? profile.accountManager : null
  return {
    exportedAt: new Date().toISOString(),
    profile: {
      ...pick(profile as unknown as Record<string, unknown>, PROFILE_FIELDS),
      accountManager: manager ? { name: manager.name, email: manager.email } : null,
    },
    orders: orders.docs.map((o) => {
      const {
        internalNotes: _internal,
        customer: _owner,
        ...rest
      } = o as typeof o & {
        internalNotes?: unknown
      }
      return rest
    }),
    sessions: sessions.docs.map((s) => ({
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      expiresAt: s.expiresAt,
      revokedAt: s.revokedAt ?? null,
      method: s.method ?? null,
      ip: s.ip ?? null,
      userAgent: s.userAgent ?? null,
    })),
    signIns,
  }
}
