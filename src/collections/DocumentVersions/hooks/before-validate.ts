import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { staffCan } from '@/access/user'

const idOf = (v: unknown) =>
  v && typeof v === 'object' ? String((v as { id: string }).id) : v ? String(v) : undefined

/** A version may only be added to a document the caller may change (account managers: their customers'). */
export const beforeVersionValidate: CollectionBeforeValidateHook = async ({
  data,
  req,
  operation,
}) => {
  const documentId = idOf(data?.document)
  // No user: system code (seed) with overrideAccess; access already refused everyone else.
  if (operation !== 'create' || !documentId || !req.user) return data
  if (staffCan(req.user, 'documents:write-all')) return data
  const { totalDocs } = await req.payload.count({
    collection: 'documents',
    where: { id: { equals: documentId } },
    user: req.user,
    overrideAccess: false,
    req,
  })
  if (totalDocs === 0 || !staffCan(req.user, 'documents:write-own'))
    throw new APIError(
      'You can only add versions to documents of your own customers.',
      403,
      null,
      true,
    )
  return data
}
