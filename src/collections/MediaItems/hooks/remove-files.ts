import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * Deleting an item deletes what was made from it — its transcodes and their stored files
 * (segments, posters, thumbnails) — and its caption files, in the same transaction. Its uploads
 * stay in the library.
 */
export const removeItemFiles: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { docs: files } = await req.payload.find({
    collection: 'stored-files',
    where: {
      and: [{ ownerCollection: { equals: 'media-items' } }, { ownerId: { equals: String(id) } }],
    },
    select: {},
    depth: 0,
    pagination: false,
    limit: 100_000,
    overrideAccess: true, // system records (access: nobody) of the item being deleted
    req,
  })
  // Loaded here: the storage module is server-only and this config is also read by Payload's CLI.
  const { deleteFile } = await import('@/lib/storage/files')
  for (const f of files) await deleteFile({ payload: req.payload, id: String(f.id), req })
  await req.payload.delete({
    collection: 'media-transcodes',
    where: { item: { equals: id } },
    overrideAccess: true, // system records of the item being deleted
    req,
  })
  await req.payload.delete({
    collection: 'media-captions',
    where: { item: { equals: id } },
    overrideAccess: true, // captions belong to the item being deleted (their blobs go with them)
    req,
  })
}
