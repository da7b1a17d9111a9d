import type { AccessResult, PayloadRequest } from 'payload'

import { coveredBy } from '@/lib/messages/covers'

import { staffCan } from './user'

/**
 * Staff's part of every messaging rule: admins every conversation, account managers those of their
 * own customers and those handed over to them — and, while a colleague is away and named them to
 * cover, that colleague's (`covered`); null for anyone else. `path` leads from the record to its
 * conversation ('' for a conversation itself).
 */
export function messagingStaffAccess(
  user: unknown,
  path: '' | 'conversation.',
  covered: readonly string[] = [],
): AccessResult | null {
  if (staffCan(user, 'messages:all')) return true
  if (staffCan(user, 'messages:own')) {
    const ids = [(user as { id: string }).id, ...covered]
    return {
      or: [
        { [`${path}customer.accountManager`]: { in: ids } },
        { [`${path}assignedTo`]: { in: ids } },
      ],
    }
  }
  return null
}

const coverCache = new WeakMap<object, Promise<string[]>>()

/** Whom the signed-in account manager covers for now, read once per request. */
export function coveredNow(req: PayloadRequest): Promise<string[]> {
  if (!staffCan(req.user, 'messages:own')) return Promise.resolve([])
  let pending = coverCache.get(req)
  if (!pending) {
    pending = coveredBy({ payload: req.payload, req }, String(req.user!.id))
    coverCache.set(req, pending)
  }
  return pending
}

/** messagingStaffAccess for the request's user, with whom they cover for today. */
export async function messagingStaffWhere(
  req: PayloadRequest,
  path: '' | 'conversation.',
): Promise<AccessResult | null> {
  if (messagingStaffAccess(req.user, path) === null) return null
  return messagingStaffAccess(req.user, path, await coveredNow(req))
}

/** Hides the messaging collections in /admin from staff who do not handle conversations. */
export const notMessagingStaff = ({ user }: { user: unknown }) =>
  messagingStaffAccess(user, '') === null
