import type { Payload, PayloadRequest } from 'payload'

import { env } from '@/lib/env'
import {
  expiresIn,
  generateToken,
  hashToken,
  looksLikeToken,
  tokenState,
  type TTokenState,
} from '@/lib/auth/tokens'

export type TTokenPurpose = 'invitation' | 'password-reset'

export function tokenLifetimeMs(purpose: TTokenPurpose): number {
  return purpose === 'invitation'
    ? env.INVITATION_TTL_HOURS * 3600_000
    : env.PASSWORD_RESET_TTL_MINUTES * 60_000
}

/** Issues a fresh link; any earlier unused link of the same purpose stops working. */
export async function issueAccountToken(args: {
  payload: Payload
  customerId: string
  purpose: TTokenPurpose
  req?: Partial<PayloadRequest>
}) {
  const { payload, customerId, purpose, req } = args
  await payload.delete({
    collection: 'account-tokens',
    where: {
      customer: { equals: customerId },
      purpose: { equals: purpose },
      usedAt: { exists: false },
    },
    overrideAccess: true, // system: account tokens have no API access at all
    req,
  })
  const token = generateToken()
  const expiresAt = expiresIn(tokenLifetimeMs(purpose))
  await payload.create({
    collection: 'account-tokens',
    data: {
      customer: customerId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: expiresAt.toISOString(),
    },
    overrideAccess: true, // system: see above
    req,
  })
  return { token, expiresAt }
}

export type TTokenLookup =
  | { state: 'valid'; id: string; customerId: string; purpose: TTokenPurpose }
  | { state: Exclude<TTokenState, 'valid'> | 'invalid' }

export async function lookupAccountToken(
  payload: Payload,
  token: unknown,
  req?: Partial<PayloadRequest>,
): Promise<TTokenLookup> {
  if (!looksLikeToken(token)) return { state: 'invalid' }
  const { docs } = await payload.find({
    collection: 'account-tokens',
    where: { tokenHash: { equals: hashToken(token) } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true, // system: see above
    req,
  })
  const row = docs[0]
  if (!row) return { state: 'invalid' }
  const state = tokenState(row)
  if (state !== 'valid') return { state }
  const customerId = typeof row.customer === 'object' ? row.customer.id : row.customer
  return { state, id: row.id, customerId, purpose: row.purpose }
}
