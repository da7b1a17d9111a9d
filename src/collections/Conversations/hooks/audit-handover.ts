import { APIError, type CollectionAfterChangeHook } from 'payload'

import { actorFromUser } from '@/lib/audit/actor'
import { recordAudit } from '@/lib/audit/record-audit'
import { publishLive } from '@/lib/live/publish'
import { idOf } from '@/lib/messages/readable-conversation'

/**
 * A handover (a new `assignedTo`) is recorded in the audit log in the same transaction, and the
 * colleague's inbox hears of it live. Only someone who answers conversations can take one over.
 */
export const auditHandover: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update') return doc
  const from = idOf(previousDoc?.assignedTo)
  const to = idOf(doc.assignedTo)
  if (from === to || req.context.seed) return doc
  if (to) {
    const colleague = await req.payload.findByID({
      collection: 'staff',
      id: to,
      depth: 0,
      select: { role: true },
      overrideAccess: true, // system: the role of the colleague, whoever may list staff
      disableErrors: true,
      req,
    })
    if (!colleague || !['admin', 'account-manager'].includes(String(colleague.role)))
      throw new APIError('Hand a conversation over to an account manager.', 400, null, true)
  }
  await recordAudit({
    payload: req.payload,
    req,
    entry: {
      ...actorFromUser(req.user),
      action: 'conversation.handed-over',
      targetType: 'conversations',
      targetId: String(doc.id),
      outcome: 'success',
      details: { from, to },
    },
  })
  if (to) await publishLive(req, [`s:${to}`], 'conversation', { conversation: String(doc.id) })
  return doc
}
