import { Forbidden, type CollectionBeforeChangeHook } from 'payload'

import { canUpdateDocument } from '@/access/can-update-document'
import { isStaff } from '@/access/user'

type TRef = { relationTo?: string; value?: unknown } | null | undefined

const idOf = (ref: TRef) =>
  ref && typeof ref.value === 'object' && ref.value
    ? (ref.value as { id?: unknown }).id
    : ref?.value

/**
 * Payload's admin writes edit locks itself (straight to the database); through the API a staff
 * member may only take over a lock, i.e. put their own name on it, and only for a document they
 * may edit. A lock can never be put in a colleague's name or moved to another document.
 */
export const onlyTakeOverOwnLocks: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  if (!req.user) return data // system code (overrideAccess); the API never gets here anonymous
  const user = req.user
  const forbidden = () => new Forbidden(req.t)
  if (!isStaff(user)) throw forbidden()
  const next = data as { user?: TRef; document?: TRef; globalSlug?: unknown }
  const before = (originalDoc ?? {}) as { document?: TRef; globalSlug?: unknown }
  if ('user' in next && (next.user?.relationTo !== 'staff' || idOf(next.user) !== user.id)) {
    throw forbidden()
  }
  if ('document' in next && idOf(next.document) !== idOf(before.document)) throw forbidden()
  if ('globalSlug' in next && (next.globalSlug ?? null) !== (before.globalSlug ?? null)) {
    throw forbidden()
  }
  const doc = before.document
  const target = idOf(doc)
  if (doc?.relationTo && (typeof target === 'string' || typeof target === 'number')) {
    if (!(await canUpdateDocument(req, doc.relationTo, target))) throw forbidden()
  }
  return data
}
