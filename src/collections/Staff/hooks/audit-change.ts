import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { actorFromUser } from '@/lib/audit/actor'
import { recordAudit } from '@/lib/audit/record-audit'
import type { Staff } from '@/payload-types'

/**
 * New staff accounts and role changes decide who can see every customer, so each is recorded
 * with the roles involved (role names are not personal data).
 */
export const auditStaffChange: CollectionAfterChangeHook<Staff> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const roleChanged = operation === 'update' && previousDoc?.role !== doc.role
  if (operation !== 'create' && !roleChanged) return doc
  await recordAudit({
    payload: req.payload,
    req,
    entry: {
      ...actorFromUser(
        req.user,
        typeof req.context?.roleSource === 'string' ? req.context.roleSource : undefined,
      ),
      action: operation === 'create' ? 'staff.created' : 'staff.role-changed',
      targetType: 'staff',
      targetId: String(doc.id),
      outcome: 'success',
      details:
        operation === 'create'
          ? { role: doc.role }
          : {
              from: previousDoc?.role ?? null,
              to: doc.role,
              // Who decided it when no one signed in did: e.g. 'sso' (the provider's role claim).
              ...(typeof req.context?.roleSource === 'string'
                ? { source: req.context.roleSource }
                : {}),
            },
    },
  })
  return doc
}

export const auditStaffDelete: CollectionAfterDeleteHook<Staff> = async ({ id, doc, req }) => {
  await recordAudit({
    payload: req.payload,
    req,
    entry: {
      ...actorFromUser(req.user),
      action: 'staff.deleted',
      targetType: 'staff',
      targetId: String(id),
      outcome: 'success',
      details: { role: doc.role },
    },
  })
}
