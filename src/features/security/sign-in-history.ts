import 'server-only'

import type { Payload } from 'payload'

/** Audit actions that make up "recent sign-ins" on the Security page and in the data export. */
export const SIGN_IN_ACTIONS = [
  'auth.sign-in.succeeded',
  'auth.sign-in.failed',
  'auth.sign-in.locked',
  'auth.second-factor.verified',
  'auth.second-factor.failed',
] as const

export type TSignInEvent = {
  at: string
  action: string
  outcome: string
  ip: string | null
  method: string | null
}

const methodOf = (action: string, details: unknown): string | null => {
  const d = (details && typeof details === 'object' ? details : {}) as Record<string, unknown>
  if (typeof d.factor === 'string') return d.factor
  if (typeof d.method === 'string') return d.method
  return action.startsWith('auth.sign-in.') ? 'password' : null
}

/** The customer's most recent sign-in attempts (password and second factor), newest first. */
export async function recentSignIns(args: {
  payload: Payload
  customerId: string
  limit?: number
}): Promise<TSignInEvent[]> {
  const { docs } = await args.payload.find({
    collection: 'audit-log',
    where: {
      actorType: { equals: 'customer' },
      actorId: { equals: args.customerId },
      action: { in: [...SIGN_IN_ACTIONS] },
    },
    sort: '-seq',
    limit: args.limit ?? 10,
    depth: 0,
    overrideAccess: true, // system: filtered to the signed-in customer's own entries above
  })
  return docs.map((e) => ({
    at: e.createdAt,
    action: e.action,
    outcome: e.outcome,
    ip: e.ip ?? null,
    method: methodOf(e.action, e.details),
  }))
}
