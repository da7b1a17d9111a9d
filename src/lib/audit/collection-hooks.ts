import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { isStaff } from '@/access/user'

import type { TAuditAction } from './actions'
import { actorFromUser } from './actor'
import { changedFieldNames } from './changed-fields'
import { recordAudit } from './record-audit'

type TTargetWith<TVerb extends string> = TAuditAction extends infer A
  ? A extends `${infer T}.${TVerb}`
    ? T
    : never
  : never

/** Target types whose created, updated and deleted actions are all listed in AUDIT_ACTIONS. */
export type TAuditedTarget = TTargetWith<'created'> &
  TTargetWith<'updated'> &
  TTargetWith<'deleted'>

/**
 * afterChange/afterDelete hooks that record what staff did to a collection's documents:
 * `<targetType>.created|updated|deleted`, with the names of changed fields as details. The entry
 * joins the request's transaction, so it exists exactly when the change does. Writes by system
 * code (sign-in bookkeeping, jobs) and by customers are recorded where they happen, not here.
 */
export function auditStaffChanges(args: {
  targetType: TAuditedTarget
  ignore?: readonly string[]
}) {
  const { targetType, ignore = [] } = args

  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
    if (!isStaff(req.user)) return doc
    const fields = changedFieldNames(operation === 'create' ? {} : previousDoc, doc, ignore)
    if (operation === 'update' && fields.length === 0) return doc
    await recordAudit({
      payload: req.payload,
      req,
      entry: {
        ...actorFromUser(req.user),
        action: `${targetType}.${operation === 'create' ? 'created' : 'updated'}`,
        targetType,
        targetId: String(doc.id),
        outcome: 'success',
        details: { fields },
      },
    })
    return doc
  }

  const afterDelete: CollectionAfterDeleteHook = async ({ id, req }) => {
    if (!isStaff(req.user)) return
    await recordAudit({
      payload: req.payload,
      req,
      entry: {
        ...actorFromUser(req.user),
        action: `${targetType}.deleted`,
        targetType,
        targetId: String(id),
        outcome: 'success',
      },
    })
  }

  return { afterChange, afterDelete }
}
