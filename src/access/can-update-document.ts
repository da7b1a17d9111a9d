import type { CollectionSlug, PayloadRequest, Where } from 'payload'

/**
 * Whether `req.user` may update one document of a collection, decided by that collection's own
 * update access function (a `Where` answer is checked against the document). For records that
 * point at another document, such as Payload's edit locks.
 */
export async function canUpdateDocument(
  req: PayloadRequest,
  collection: string,
  id: string | number,
): Promise<boolean> {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  const access = config?.access?.update
  if (!access) return false
  const result = await access({ req, id: String(id), data: {} })
  if (typeof result === 'boolean') return result
  const { totalDocs } = await req.payload.count({
    collection: collection as CollectionSlug,
    where: { and: [{ id: { equals: id } }, result as Where] },
    overrideAccess: true, // the caller's access result is the filter
    req,
  })
  return totalDocs === 1
}
