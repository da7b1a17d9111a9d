import 'server-only'

import type { Payload } from 'payload'

import { auditSelf } from '@/lib/audit/audit-self'
import type { TRequestContext } from '@/lib/audit/request-context'
import { withTransaction } from '@/lib/db/with-transaction'
import { parseUserAgent, type TUserAgentInfo } from '@/lib/auth/user-agent'

export type TSessionRow = {
  id: string
  current: boolean
  ip: string | null
  agent: TUserAgentInfo
  method: string | null
  createdAt: string
  lastSeenAt: string
}

/** The customer's live sessions, newest activity first, without token hashes. */
export async function listActiveSessions(args: {
  payload: Payload
  customerId: string
  currentSessionId: string
}): Promise<TSessionRow[]> {
  const { docs } = await args.payload.find({
    collection: 'customer-sessions',
    where: {
      customer: { equals: args.customerId },
      revokedAt: { exists: false },
      expiresAt: { greater_than: new Date().toISOString() },
    },
    select: { ip: true, userAgent: true, method: true, createdAt: true, lastSeenAt: true },
    sort: '-lastSeenAt',
    limit: 50,
    depth: 0,
    overrideAccess: true, // system: filtered to the signed-in customer's own sessions above
  })
  return docs.map((s) => ({
    id: s.id,
    current: s.id === args.currentSessionId,
    ip: s.ip ?? null,
    agent: parseUserAgent(s.userAgent),
    method: s.method ?? null,
    createdAt: s.createdAt,
    lastSeenAt: s.lastSeenAt,
  }))
}

/**
 * Ends one of the customer's own sessions (or all but the current one). A session id of another
 * customer matches nothing and is answered like an unknown one. Audited as auth.session.revoked.
 */
export async function revokeOwnSessions(args: {
  payload: Payload
  customerId: string
  customerEmail: string
  which: { sessionId: string } | { allExcept: string }
  meta?: Partial<TRequestContext>
}): Promise<number> {
  const { payload } = args
  return withTransaction(payload, async (req) => {
    const target =
      'sessionId' in args.which
        ? { id: { equals: args.which.sessionId } }
        : { id: { not_equals: args.which.allExcept } }
    const { docs } = await payload.update({
      collection: 'customer-sessions',
      where: {
        and: [{ customer: { equals: args.customerId } }, { revokedAt: { exists: false } }, target],
      },
      data: { revokedAt: new Date().toISOString() },
      depth: 0,
      overrideAccess: true, // system: the where clause limits this to the customer's own sessions
      req,
    })
    if (docs.length > 0) {
      await auditSelf({
        payload,
        req,
        meta: args.meta,
        customer: { id: args.customerId, email: args.customerEmail },
        action: 'auth.session.revoked',
        details: {
          scope: 'sessionId' in args.which ? 'one' : 'all-others',
          sessions: docs.length,
        },
      })
    }
    return docs.length
  })
}
