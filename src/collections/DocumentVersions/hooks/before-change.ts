import type { CollectionBeforeChangeHook } from 'payload'

/** A new version gets the next number of its document and becomes the current one. */
export const beforeVersionChange: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const last = await req.payload.find({
    collection: 'document-versions',
    where: { document: { equals: data.document } },
    sort: '-version',
    limit: 1,
    depth: 0,
    select: { version: true },
    overrideAccess: true, // system: numbering counts every version, seen or not
    req,
  })
  return { ...data, version: (last.docs[0]?.version ?? 0) + 1, isCurrent: true }
}
