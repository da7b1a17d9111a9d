import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A document goes with all its versions (and their encrypted files), in the same transaction.
 * The caller already passed the document's delete access.
 */
export const beforeDocumentDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'document-versions',
    where: { document: { equals: id } },
    overrideAccess: true, // system: versions follow their document
    req,
  })
}
